# language: es
@HT
Característica: Haití — nacionalidad de origen por filiación, pérdida y recuperación
  Constitución de 1987, art. 11 (mantenido por la reforma publicada en Le Moniteur el 19 de junio
  de 2012): es haitiano de origen quien nace de padre o madre que "sont nés Haïtiens" y no habían
  renunciado a su nacionalidad al nacer el hijo, dondequiera que nazca. No hay ius soli; el
  progenitor naturalizado haitiano no transmite nada. Para nacimientos anteriores: Constitución de
  1946 (línea paterna; la madre solo si el padre no reconoció al hijo), Constitución de 1983 y el
  decreto de nacionalidad del 6 de noviembre de 1984 (no leído; según GLOBALCIT). Pérdida por
  naturalizarse en otro país solo del 29-03-1987 al 18-06-2012; desde entonces se admite la
  doble nacionalidad, y no se sabe si la reforma devolvió la nacionalidad perdida antes.
  Las salidas son en español; cada regla cita el texto francés donde se leyó.

  # --- Art. 11 de 1987: el caso clave, nacidos en Chile de padres haitianos ------------------
  # Chile excluye del ius soli a los hijos de "extranjeros transeúntes" (Constitución de Chile,
  # art. 10 n.° 1); hasta una circular de 2014, que limitó "transeúnte" a turistas y tripulantes,
  # el Registro Civil inscribía así a hijos de padres en situación irregular (la investigación de
  # Haití no trata el derecho chileno). Chile no tiene paquete de reglas: queda "indeterminada".
  # Haití da la nacionalidad por filiación, sin inscripción consular.

  @HT.birth.descent_parent_born_haitian
  Escenario: Nacido en Chile de padres haitianos "transeúntes", hoy solicitante de asilo en México
    Dado una persona nacida en Chile el 2013-10-12
    Y su madre es nacional de Haití por nacimiento
    Y su madre nació en Haití
    Y la situación de su madre en el país de nacimiento es en tránsito
    Y su padre es nacional de Haití por nacimiento
    Y su padre nació en Haití
    Y la situación de su padre en el país de nacimiento es irregular
    Y sus padres no están casados
    Y la persona reside en México desde el 2024-02-01 como solicitante de asilo
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Haití es "nacional"
    Y decide la regla "HT.birth.descent_parent_born_haitian"
    Y la base legal cita "art. 11"
    Y la nacionalidad de Chile es "indeterminada"
    Y la nacionalidad de México es "no nacional"
    Y el riesgo de apatridia es "ninguno"
    Y la práctica en Haití menciona "OIM"

  @HT.birth.descent_parent_born_haitian
  Escenario: La madre nació en la República Dominicana, haitiana de origen: sin límite de generaciones
    Dado una persona nacida en Chile el 2015-03-01
    Y su madre es nacional de Haití por nacimiento
    Y su madre nació en República Dominicana
    Y su padre es nacional de Chile por nacimiento
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Haití es "nacional"
    Y decide la regla "HT.birth.descent_parent_born_haitian"

  @HT.birth.descent_parent_born_haitian
  Escenario: Nacido en Chile de una madre haitiana por naturalización: Haití no da nada
    Dado una persona nacida en Chile el 2016-01-15
    Y su madre es nacional de República Dominicana por nacimiento
    Y su madre es nacional de Haití por naturalización desde el 2010-01-01
    Y su padre es desconocido
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Haití es "no nacional"
    Y no decide la regla "HT.birth.descent_parent_born_haitian"
    Y el riesgo de apatridia es "en riesgo"
    Y explica que la regla "HT.birth.descent_parent_born_haitian" no se aplica porque "modo de adquisición: por nacimiento — no"

  @HT.birth.descent_parent_born_haitian
  Escenario: Nacida en México de madre haitiana soltera, padre desconocido: basta la madre
    Dado una persona nacida en México el 2022-04-18
    Y su madre es nacional de Haití por nacimiento
    Y su padre es desconocido
    Y sus padres no están casados
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Haití es "nacional"
    Y decide la regla "HT.birth.descent_parent_born_haitian"

  @HT.birth.descent_parent_born_haitian
  Escenario: Nacida en Costa Rica de madre costarricense; el padre haitiano la reconoce un año después
    Dado una persona nacida en Costa Rica el 2018-06-11
    Y su madre es nacional de Costa Rica por nacimiento
    Y su padre es nacional de Haití por nacimiento
    Y su padre la reconoció el 2019-07-01
    Y sus padres no están casados
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Haití es "nacional"
    Y decide la regla "HT.birth.descent_parent_born_haitian"

  @HT.birth.descent_parent_born_haitian
  Escenario: La madre se naturalizó canadiense en 2014: ya no perdía la nacionalidad y la transmite
    Dado una persona nacida en Canadá el 2016-05-05
    Y su madre es nacional de Haití por nacimiento
    Y su madre es nacional de Canadá por naturalización desde el 2014-03-03
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Haití es "nacional"
    Y decide la regla "HT.birth.descent_parent_born_haitian"

  @HT.birth.descent_parent_born_haitian @HT.birth.mother_foreign_father_before_1987_unclear @fechas
  Escenario: Nacida el 29 de marzo de 1987 de madre haitiana y padre mexicano: ya rige el art. 11
    Dado una persona nacida en México el 1987-03-29
    Y su madre es nacional de Haití por nacimiento
    Y su padre es nacional de México por nacimiento
    Y sus padres están casados
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Haití es "nacional"
    Y decide la regla "HT.birth.descent_parent_born_haitian"
    Y no decide la regla "HT.birth.mother_foreign_father_before_1987_unclear"

  # --- El progenitor que perdió la nacionalidad antes del nacimiento -------------------------

  @HT.birth.descent_parent_born_haitian @HT.birth.parent_born_in_haiti_lost_before_2012_unclear
  Escenario: Nacida en 2011 en Chile de padre haitiano naturalizado chileno en 2010: no transmite
    Dado una persona nacida en Chile el 2011-05-05
    Y su padre es nacional de Haití por nacimiento
    Y su padre perdió la nacionalidad de Haití el 2010-02-01
    Y su padre es nacional de Chile por naturalización desde el 2010-02-01
    Y su padre nació en Haití
    Y su madre es desconocida
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Haití es "no nacional"
    Y no decide la regla "HT.birth.descent_parent_born_haitian"
    Y no decide la regla "HT.birth.parent_born_in_haiti_lost_before_2012_unclear"

  @HT.birth.parent_born_in_haiti_lost_before_2012_unclear
  Escenario: Su hermano nació en 2014, después de la reforma: no se sabe si el padre recuperó la nacionalidad
    Dado una persona nacida en Chile el 2014-08-20
    Y su padre es nacional de Haití por nacimiento
    Y su padre perdió la nacionalidad de Haití el 2010-02-01
    Y su padre es nacional de Chile por naturalización desde el 2010-02-01
    Y su padre nació en Haití
    Y su madre es desconocida
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Haití es "indeterminada"
    Y decide la regla "HT.birth.parent_born_in_haiti_lost_before_2012_unclear"
    Y la razón menciona "19-06-2012"
    Y el riesgo de apatridia es "en riesgo"

  @HT.birth.parent_by_option_unclear
  Escenario: Hijo de una madre que se hizo haitiana por opción: no se sabe si es "née Haïtienne"
    Dado una persona nacida en México el 2000-01-10
    Y su madre es nacional de Haití por opción desde el 1996-09-01
    Y su padre es nacional de México por nacimiento
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Haití es "indeterminada"
    Y decide la regla "HT.birth.parent_by_option_unclear"
    Y el riesgo de apatridia es "ninguno"

  # --- Nacidos en Haití de padres no haitianos, expósitos, buques ----------------------------

  @HT.birth.soli_race_unclear
  Escenario: Nacida en Haití de padres dominicanos: el ius soli racial del decreto no se aplica a ciegas
    Dado una persona nacida en Haití el 2015-01-20
    Y su madre es nacional de República Dominicana por nacimiento
    Y su padre es nacional de República Dominicana por nacimiento
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Haití es "indeterminada"
    Y decide la regla "HT.birth.soli_race_unclear"
    Y la razón menciona "raza"

  @HT.birth.stateless_parents @HT.birth.soli_race_unclear
  Escenario: Nacida en Haití de padres sin nacionalidad conocida: derecho a pedir la nacionalidad
    Dado una persona nacida en Haití el 2019-03-21
    Y su madre no tiene nacionalidad conocida
    Y su padre no tiene nacionalidad conocida
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Haití es "condicional"
    Y queda pendiente "nationality_declaration" por el progenitor
    Y queda pendiente "nationality_declaration" por la propia persona
    Y el riesgo de apatridia es "en riesgo"
    Y no decide la regla "HT.birth.soli_race_unclear"
    Y la razón menciona "raza"

  @HT.birth.foundling
  Escenario: Expósito hallado en Puerto Príncipe: derecho por solicitud, sin plazo conocido
    Dado una persona expósita hallada en Haití, nacida hacia el 2020-07-01
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Haití es "condicional"
    Y queda pendiente "nationality_declaration" por la propia persona
    Y el riesgo de apatridia es "en riesgo"

  @HT.birth.flag_vessel_unclear
  Escenario: Nacida en un buque haitiano en alta mar, de madre sin nacionalidad conocida
    Dado una persona nacida el 2021-11-14 a bordo de un buque con bandera de Haití, fuera de todo territorio
    Y su madre no tiene nacionalidad conocida
    Y su padre es desconocido
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Haití es "indeterminada"
    Y decide la regla "HT.birth.flag_vessel_unclear"
    Y el riesgo de apatridia es "en riesgo"

  @HT.birth.flag_vessel_unclear @HT.birth.descent_parent_born_haitian
  Escenario: En el mismo buque, de madre haitiana de origen: haitiana por el art. 11
    Dado una persona nacida el 2021-11-14 a bordo de un buque con bandera de Haití, fuera de todo territorio
    Y su madre es nacional de Haití por nacimiento
    Y su padre es desconocido
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Haití es "nacional"
    Y decide la regla "HT.birth.descent_parent_born_haitian"
    Y no decide la regla "HT.birth.flag_vessel_unclear"

  # --- Nacimientos anteriores a 1987 ---------------------------------------------------------
  # Las Constituciones de 1950, 1957 y 1964, el decreto de 1974 y el art. 2 del decreto de 1984 no
  # se leyeron (ver las notas de HT.birth.descent_1946 y la razón de
  # HT.birth.mother_foreign_father_before_1987_unclear): confianza media o baja.

  @HT.birth.descent_1946
  Escenario: Nacido en Cuba en 1955 de padre haitiano y madre cubana casados
    Dado una persona nacida en Cuba el 1955-04-22
    Y su padre es nacional de Haití por nacimiento
    Y su madre es nacional de Cuba por nacimiento
    Y sus padres están casados
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Haití es "nacional"
    Y decide la regla "HT.birth.descent_1946"
    Y la base legal cita "(1946), art. 4"

  @HT.birth.descent_1946
  Escenario: Nacida en 1962 de madre haitiana, el padre no la reconoció: haitiana por la madre
    Dado una persona nacida en Belice el 1962-08-08
    Y su madre es nacional de Haití por nacimiento
    Y su padre es desconocido
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Haití es "nacional"
    Y decide la regla "HT.birth.descent_1946"

  @HT.birth.mother_foreign_father_before_1987_unclear @HT.birth.descent_1946
  Escenario: Nacida en 1962 de madre haitiana y padre jamaicano que la reconoció: indeterminada
    Dado una persona nacida en Belice el 1962-08-08
    Y su madre es nacional de Haití por nacimiento
    Y su padre es nacional de Jamaica por nacimiento
    Y su padre la reconoció el 1962-08-20
    Y sus padres no están casados
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Haití es "indeterminada"
    Y decide la regla "HT.birth.mother_foreign_father_before_1987_unclear"
    Y no decide la regla "HT.birth.descent_1946"
    Y la razón menciona "1964"

  @HT.birth.option_mother_1984
  Escenario: Nacida en México en 1978 de madre haitiana y padre mexicano; optó a los 18 años
    Dado una persona nacida en México el 1978-03-03
    Y su madre es nacional de Haití por nacimiento
    Y su padre es nacional de México por nacimiento
    Y sus padres están casados
    Y la persona declaró optar por la nacionalidad de Haití el 1996-09-01
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Haití es "nacional"
    Y decide la regla "HT.birth.option_mother_1984"

  @HT.birth.option_mother_1984 @HT.birth.mother_foreign_father_before_1987_unclear
  Escenario: La misma a los 18 años, antes de optar: la opción está abierta hasta la víspera de los 19
    Dado una persona nacida en México el 1978-03-03
    Y su madre es nacional de Haití por nacimiento
    Y su padre es nacional de México por nacimiento
    Y sus padres están casados
    Cuando se evalúa su nacionalidad al 1996-05-01
    Entonces la nacionalidad de Haití es "condicional"
    Y queda pendiente "option" por la propia persona desde el 1996-03-03 hasta el 1997-03-02
    Y no decide la regla "HT.birth.mother_foreign_father_before_1987_unclear"
    Y la razón menciona "1964"

  @HT.birth.option_mother_1984 @HT.birth.mother_foreign_father_before_1987_unclear
  Escenario: La misma sin haber optado, evaluada en 2000: el plazo venció y la ley queda dudosa
    Dado una persona nacida en México el 1978-03-03
    Y su madre es nacional de Haití por nacimiento
    Y su padre es nacional de México por nacimiento
    Y sus padres están casados
    Cuando se evalúa su nacionalidad al 2000-01-01
    Entonces la nacionalidad de Haití es "indeterminada"
    Y decide la regla "HT.birth.mother_foreign_father_before_1987_unclear"
    Y no decide la regla "HT.birth.option_mother_1984"

  @HT.birth.born_in_haiti_1983
  Escenario: Nacido en Haití en 1985 de madre haitiana y padre dominicano: haitiano por la Constitución de 1983
    Dado una persona nacida en Haití el 1985-05-05
    Y su madre es nacional de Haití por nacimiento
    Y su padre es nacional de República Dominicana por nacimiento
    Y sus padres están casados
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Haití es "nacional"
    Y decide la regla "HT.birth.born_in_haiti_1983"
    Y no decide la regla "HT.birth.descent_1946"

  @HT.birth.before_1946_unclear
  Escenario: Nacido en Cuba en 1940 de padre haitiano: el derecho anterior a 1946 no se codificó
    Dado una persona nacida en Cuba el 1940-01-01
    Y su padre es nacional de Haití por nacimiento
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Haití es "indeterminada"
    Y decide la regla "HT.birth.before_1946_unclear"

  # --- Pérdida por naturalizarse fuera (1987-2012) y lo que vino después ---------------------

  @HT.loss.foreign_naturalization_1987
  Escenario: Haitiano naturalizado estadounidense en 1995, evaluado en 2000: perdió la nacionalidad
    Dado una persona nacida en Haití el 1970-07-07
    Y su padre es nacional de Haití por nacimiento
    Y su madre es nacional de Haití por nacimiento
    Y la persona se naturalizó en Estados Unidos el 1995-05-05
    Cuando se evalúa su nacionalidad al 2000-01-01
    Entonces la nacionalidad de Haití es "no nacional"
    Y decide la regla "HT.loss.foreign_naturalization_1987"

  @HT.loss.restored_2012_unclear
  Escenario: El mismo evaluado en 2026: no se sabe si la reforma de 2012 se la devolvió
    Dado una persona nacida en Haití el 1970-07-07
    Y su padre es nacional de Haití por nacimiento
    Y su madre es nacional de Haití por nacimiento
    Y la persona reside en Panamá desde el 2020-02-01 como residente permanente
    Y la persona se naturalizó en Estados Unidos el 1995-05-05
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Haití es "indeterminada"
    Y decide la regla "HT.loss.restored_2012_unclear"
    Y la razón menciona "temporal"
    Y la práctica en Haití menciona "temporal"

  @HT.loss.foreign_naturalization_1987 @fechas
  Escenario: Naturalizada en Canadá el 18 de junio de 2012, último día de la causal: la perdió
    Dado una persona nacida en Haití el 1980-01-25
    Y su madre es nacional de Haití por nacimiento
    Y la persona se naturalizó en Canadá el 2012-06-18
    Cuando se evalúa su nacionalidad al 2012-06-18
    Entonces la nacionalidad de Haití es "no nacional"
    Y decide la regla "HT.loss.foreign_naturalization_1987"

  @HT.loss.foreign_naturalization_1987 @fechas
  Escenario: Naturalizada en Canadá el 19 de junio de 2012, día de la publicación de la reforma: no la pierde
    Dado una persona nacida en Haití el 1980-01-25
    Y su madre es nacional de Haití por nacimiento
    Y la persona se naturalizó en Canadá el 2012-06-19
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Haití es "nacional"
    Y no decide la regla "HT.loss.foreign_naturalization_1987"
    Y decide la regla "HT.birth.descent_1946"

  @HT.loss.foreign_naturalization_before_1987_unclear
  Escenario: Naturalizado estadounidense en 1980: la pérdida antes de 1987 es dudosa
    Dado una persona nacida en Haití el 1950-02-02
    Y su padre es nacional de Haití por nacimiento
    Y la persona se naturalizó en Estados Unidos el 1980-06-01
    Cuando se evalúa su nacionalidad al 1985-01-01
    Entonces la nacionalidad de Haití es "indeterminada"
    Y decide la regla "HT.loss.foreign_naturalization_before_1987_unclear"
    Y la razón menciona "arrêté"

  @HT.loss.recovered
  Escenario: Perdió la nacionalidad en 1995 y Haití registró su recuperación en 2015: haitiano de nuevo
    Dado una persona nacida en Haití el 1960-01-01
    Y su padre es nacional de Haití por nacimiento
    Y la persona se naturalizó en Estados Unidos el 1995-05-05
    Y la persona declaró ante Haití su nacionalidad de origen el 2015-03-03
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Haití es "nacional"
    Y decide la regla "HT.loss.recovered"
    Y no decide la regla "HT.loss.restored_2012_unclear"

  @HT.loss.naturalized_renunciation
  Escenario: Haitiano por naturalización que renuncia: pierde la nacionalidad, sin salvaguardia
    Dado una persona nacida en Francia el 1960-01-01
    Y la persona se naturalizó en Haití el 1990-01-01
    Y la persona renunció a la nacionalidad de Haití el 2000-01-01
    Cuando se evalúa su nacionalidad al 2005-01-01
    Entonces la nacionalidad de Haití es "no nacional"
    Y decide la regla "HT.loss.naturalized_renunciation"

  @HT.loss.renunciation_by_origin_unclear
  Escenario: Haitiana de origen que renuncia: el efecto no está establecido
    Dado una persona nacida en Haití el 1985-01-01
    Y su madre es nacional de Haití por nacimiento
    Y la persona renunció a la nacionalidad de Haití el 2015-01-01
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Haití es "indeterminada"
    Y decide la regla "HT.loss.renunciation_by_origin_unclear"

  @HT.loss.decree_lapse
  Escenario: Un arrêté presidencial estableció la pérdida de su nacionalidad
    Dado una persona nacida en Haití el 1970-01-01
    Y su padre es nacional de Haití por nacimiento
    Y Haití declaró la pérdida de su nacionalidad el 1990-05-05
    Cuando se evalúa su nacionalidad al 2000-01-01
    Entonces la nacionalidad de Haití es "no nacional"
    Y decide la regla "HT.loss.decree_lapse"

  # --- Naturalización: vía discrecional; la declaración del adoptado: derecho ----------------

  @HT.naturalization.ordinary
  Escenario: Dominicano residente permanente en Haití desde 2022: vía de naturalización a los cinco años
    Dado una persona nacida en República Dominicana el 1990-03-03
    Y la persona reside en Haití desde el 2022-01-01 como residente permanente
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Haití es "no nacional"
    Y queda la vía discrecional de la regla "HT.naturalization.ordinary" desde el 2027-01-01
    Y no queda nada pendiente

  @HT.naturalization.granted
  Escenario: Francesa naturalizada haitiana en 1990
    Dado una persona nacida en Francia el 1960-01-01
    Y la persona se naturalizó en Haití el 1990-01-01
    Cuando se evalúa su nacionalidad al 2000-01-01
    Entonces la nacionalidad de Haití es "nacional"
    Y decide la regla "HT.naturalization.granted"

  @HT.naturalization.adopted_child_declaration @HT.birth.descent_parent_born_haitian
  Escenario: Adoptada por una haitiana: a los 18 años puede declarar la nacionalidad durante un año
    Dado una persona nacida en Chile el 2007-05-05
    Y su madre es nacional de Haití por nacimiento
    Y su madre la adoptó el 2010-01-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Haití es "condicional"
    Y no decide la regla "HT.birth.descent_parent_born_haitian"
    Y queda pendiente "nationality_declaration" por la propia persona desde el 2025-05-05 hasta el 2026-05-04

  # --- Práctica -----------------------------------------------------------------------------

  @HT.birth.descent_parent_born_haitian
  Escenario: La inscripción tardía en Haití exige sentencia: se muestra junto a la respuesta
    Dado una persona nacida en Haití el 2012-08-03
    Y su madre es nacional de Haití por nacimiento
    Y su padre es desconocido
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Haití es "nacional"
    Y decide la regla "HT.birth.descent_parent_born_haitian"
    Y la práctica en Haití menciona "sentencia"

  # --- Auditoría de distinciones -------------------------------------------------------------

  @HT.birth.descent_1946 @HT.birth.descent_parent_born_haitian
  Escenario: Las distinciones de Haití son las que declaran sus reglas
    Cuando se audita la discriminación en Haití
    Entonces todas las marcas distinguishes_by coinciden con la auditoría
    Y la regla "HT.birth.descent_1946" distingue por el sexo del progenitor
    Y la regla "HT.birth.descent_parent_born_haitian" distingue por el modo de adquisición del progenitor
    Y la regla "HT.birth.descent_parent_born_haitian" no distingue por el sexo del progenitor
    Y la regla "HT.birth.descent_parent_born_haitian" no distingue por el estado civil de los padres

  # --- Casos trabajados de la investigación (regresión, por la línea de comandos) ----------
  # Todos coinciden con la respuesta esperada. Precisiones:
  # - HT-013: "no nacional", como la investigación: el padre perdió la nacionalidad en 2005, antes
  #   del nacimiento (2008). Para un hermano nacido desde el 19-06-2012 quedaría "indeterminada"
  #   (HT.birth.parent_born_in_haiti_lost_before_2012_unclear).
  # - HT-015: "indeterminada" por HT.birth.mother_foreign_father_before_1987_unclear: se suma a la
  #   duda de la investigación (si el art. 11 de 1987 alcanza a los nacidos antes) la de las fechas
  #   del régimen de 1964, no verificadas.
  # - HT-017: "nacional" por la opción del decreto de 1984 (HT.birth.option_mother_1984), leída en
  #   GLOBALCIT; la mayoría de edad a los 18 años no se verificó.
  # - HT-018: "indeterminada" por HT.loss.restored_2012_unclear. El riesgo que damos es "en riesgo"
  #   y no "ninguno": la investigación lo baja porque la persona es estadounidense, pero Estados
  #   Unidos no tiene paquete de reglas y queda "indeterminado" (README de la investigación).
  # - HT-004, HT-005: "condicional" (derecho por solicitud del decreto de 1984, art. 4), sin plazo
  #   conocido; HT-006: "indeterminada" (buque haitiano).

  @caso_trabajado
  Esquema del escenario: Caso trabajado <caso>
    Dado el caso trabajado "<caso>"
    Cuando se evalúa con la línea de comandos
    Entonces la nacionalidad de Haití es "<estado>"
    Y el riesgo de apatridia es coherente con los estados evaluados

    Ejemplos:
      | caso   | estado        |
      | HT-001 | nacional      |
      | HT-002 | nacional      |
      | HT-004 | condicional   |
      | HT-005 | condicional   |
      | HT-006 | indeterminada |
      | HT-007 | nacional      |
      | HT-009 | nacional      |
      | HT-010 | nacional      |
      | HT-013 | no nacional   |
      | HT-014 | nacional      |
      | HT-015 | indeterminada |
      | HT-017 | nacional      |
      | HT-018 | indeterminada |
      | HT-020 | nacional      |

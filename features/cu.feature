# language: es
@CU
Característica: Cuba — ciudadanía por nacimiento, naturalización, pérdida, privación y recuperación
  Constitución de 1901 (art. 5), de 1940 (art. 12, en vigor el 10 de octubre de 1940), de 1976
  (arts. 29-33, leídos en el texto reformado en 1992) y de 2019 (arts. 33-39, en vigor el 10 de
  abril de 2019); Decreto-Ley 352 (en vigor el 1 de enero de 2018) y la Ley de Ciudadanía aprobada
  el 19 de julio de 2024, que rige 180 días después de su publicación en la Gaceta Oficial, fecha
  que no se verificó: el 15 de enero de 2025 es el primer día en que pudo regir, y las reglas de lo
  que cambió empiezan ahí.
  Nacer en Cuba da la ciudadanía; nacer fuera de padre o madre cubanos nunca la da por sí solo,
  salvo misión oficial: hasta 2017 había que avecindarse en Cuba (un derecho), desde 2018 hay que
  transcribir el nacimiento y pedirla, y la solicitud puede archivarse por motivos políticos: es
  una vía discrecional que se lista aparte, y mientras tanto la persona no es cubana. Una
  inscripción consular sola no prueba nada.

  # --- Antes de 1940 ----------------------------------------------------------------------------

  # Confianza baja: la Constitución de 1901 solo se leyó en transcripción; no se codifica qué
  # significaba 'padres cubanos' ni la edad de mayoría de entonces.
  @CU.birth.before_1940_unclear
  Escenario: Nacido en Cuba en 1930 de padres españoles: la Constitución de 1901 pedía reclamar la inscripción
    Dado una persona nacida en Cuba el 1930-05-01
    Y su madre es nacional de España por nacimiento
    Y su padre es nacional de España por nacimiento
    Cuando se evalúa su nacionalidad al 1960-01-01
    Entonces la nacionalidad de Cuba es "indeterminada"
    Y decide la regla "CU.birth.before_1940_unclear"
    Y la razón menciona "1901"

  # --- Nacidos en Cuba ------------------------------------------------------------------------

  @CU.birth.ius_soli_1940
  Escenario: Nacido en Cuba en 1950 de padres españoles: cubano por nacimiento
    Dado una persona nacida en Cuba el 1950-03-10
    Y su madre es nacional de España por nacimiento
    Y su padre es nacional de España por nacimiento
    Cuando se evalúa su nacionalidad al 1975-01-01
    Entonces la nacionalidad de Cuba es "nacional"
    Y decide la regla "CU.birth.ius_soli_1940"
    Y la base legal cita "Constitución de 1940, art. 12 a)"

  @CU.birth.ius_soli
  Escenario: Hija de cubanos nacida en Cuba
    Dado una persona nacida en Cuba el 2010-06-15
    Y su madre es nacional de Cuba por nacimiento
    Y su padre es nacional de Cuba por nacimiento
    Y sus padres están casados
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Cuba es "nacional"
    Y decide la regla "CU.birth.ius_soli"
    Y la base legal cita "art. 34 a)"
    Y el riesgo de apatridia es "ninguno"

  @CU.birth.ius_soli
  Escenario: Hija de turistas venezolanos nacida en Cuba en 2023: ninguna ley desarrollaba aún la excepción
    Dado una persona nacida en Cuba el 2023-02-10
    Y su madre es nacional de Venezuela por nacimiento
    Y la situación de su madre en el país de nacimiento es en tránsito
    Y su padre es nacional de Venezuela por nacimiento
    Y la situación de su padre en el país de nacimiento es en tránsito
    Cuando se evalúa su nacionalidad al 2024-06-01
    Entonces la nacionalidad de Cuba es "nacional"
    Y decide la regla "CU.birth.ius_soli"
    Y no decide la regla "CU.birth.soli_nonresident_2024_unclear"

  # Lectura (inferencia de la investigación): la excepción no alcanza al hijo que también tiene
  # un progenitor cubano. 'Diplomático' en el caso se lee como 'al servicio de su gobierno'.
  @CU.birth.foreign_officials
  Escenario: Hijo de una diplomática francesa nacido en La Habana: excluido del ius soli
    Dado una persona nacida en Cuba el 2015-04-03
    Y su madre es nacional de Francia por nacimiento
    Y la situación de su madre en el país de nacimiento es diplomático
    Y su padre es desconocido
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Cuba es "no nacional"
    Y no decide la regla "CU.birth.ius_soli"
    Y no decide la regla "CU.birth.foreign_officials"
    Y explica que la regla "CU.birth.ius_soli" no se aplica porque "CU.birth.foreign_officials"

  @CU.birth.foreign_officials
  Escenario: Si el otro progenitor es cubano, la excepción no se aplica
    Dado una persona nacida en Cuba el 2015-04-03
    Y su madre es nacional de Francia por nacimiento
    Y la situación de su madre en el país de nacimiento es diplomático
    Y su padre es nacional de Cuba por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Cuba es "nacional"
    Y decide la regla "CU.birth.ius_soli"
    Y explica que la regla "CU.birth.foreign_officials" no se aplica porque "Cuba"

  @CU.birth.vessel_in_territory
  Escenario: Nacida en un avión estadounidense en el espacio aéreo cubano
    Dado una persona nacida el 2020-06-01 a bordo de un avión con bandera de Estados Unidos, en el territorio de Cuba
    Y su madre es nacional de México por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Cuba es "nacional"
    Y decide la regla "CU.birth.vessel_in_territory"

  # --- La Ley de Ciudadanía de 2024: hijos de extranjeros no residentes (vigencia no verificada) --
  # El primer día posible es el 15-01-2025 (19-07-2024 + 180 días). Hasta que se verifique la fecha
  # real, el nacido desde entonces de extranjeros no residentes permanentes queda indeterminado.

  @CU.birth.soli_nonresident_2024_unclear
  Escenario: Hijo de venezolanos en tránsito nacido en Cuba en 2026, con 40 días de estancia de los padres
    Dado una persona nacida en Cuba el 2026-03-01
    Y su madre es nacional de Venezuela por nacimiento
    Y la situación de su madre en el país de nacimiento es en tránsito
    Y su madre residió en Cuba desde el 2026-01-20 como en tránsito
    Y su padre es nacional de Venezuela por nacimiento
    Y la situación de su padre en el país de nacimiento es en tránsito
    Y su padre residió en Cuba desde el 2026-01-20 como en tránsito
    Cuando se evalúa su nacionalidad al 2026-05-01
    Entonces la nacionalidad de Cuba es "indeterminada"
    Y decide la regla "CU.birth.soli_nonresident_2024_unclear"
    Y no decide la regla "CU.birth.ius_soli"
    Y la razón menciona "180 días"
    # nacido en el extranjero de padre y madre venezolanos por nacimiento: venezolano (issue 13)
    Y la nacionalidad de Venezuela es "nacional"
    Y el riesgo de apatridia es "ninguno"

  @CU.birth.soli_nonresident_2024_unclear @fechas
  Escenario: El mismo niño nacido el 14 de enero de 2025, víspera del primer día posible de la ley
    Dado una persona nacida en Cuba el 2025-01-14
    Y su madre es nacional de Venezuela por nacimiento
    Y la situación de su madre en el país de nacimiento es en tránsito
    Y su padre es nacional de Venezuela por nacimiento
    Y la situación de su padre en el país de nacimiento es en tránsito
    Cuando se evalúa su nacionalidad al 2026-05-01
    Entonces la nacionalidad de Cuba es "nacional"
    Y decide la regla "CU.birth.ius_soli"
    Y no decide la regla "CU.birth.soli_nonresident_2024_unclear"

  @CU.birth.soli_nonresident_2024_unclear
  Escenario: Hijo de una residente permanente mexicana nacido en Cuba en 2026: ius soli bajo ambos textos
    Dado una persona nacida en Cuba el 2026-03-01
    Y su madre es nacional de México por nacimiento
    Y la situación de su madre en el país de nacimiento es residente permanente
    Y su padre es desconocido
    Cuando se evalúa su nacionalidad al 2026-05-01
    Entonces la nacionalidad de Cuba es "nacional"
    Y decide la regla "CU.birth.ius_soli"
    Y no decide la regla "CU.birth.soli_nonresident_2024_unclear"

  @CU.birth.soli_nonresident_180_days
  Escenario: Hija de haitianos residentes temporales en Cuba desde 2022, nacida en 2026: más de 180 días
    Dado una persona nacida en Cuba el 2026-03-01
    Y su madre es nacional de Haití por nacimiento
    Y la situación de su madre en el país de nacimiento es residente temporal
    Y su madre residió en Cuba desde el 2022-05-01 como residente temporal
    Y su padre es nacional de Haití por nacimiento
    Y la situación de su padre en el país de nacimiento es residente temporal
    Y su padre residió en Cuba desde el 2022-05-01 como residente temporal
    Cuando se evalúa su nacionalidad al 2026-05-01
    Entonces la nacionalidad de Cuba es "nacional"
    Y decide la regla "CU.birth.soli_nonresident_180_days"
    Y no decide la regla "CU.birth.ius_soli"

  # --- Expósitos y buques -----------------------------------------------------------------------

  # Confianza baja: no hay presunción legal para el expósito; se sigue la práctica registral
  # (Ley 51/1985: quien lo halla declara el nacimiento en Cuba) y el ius soli.
  @CU.birth.foundling
  Escenario: Niña abandonada hallada en La Habana: se inscribe su nacimiento en Cuba
    Dado una persona expósita hallada en Cuba, nacida hacia el 2018-02-12
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Cuba es "nacional"
    Y decide la regla "CU.birth.foundling"
    Y el riesgo de apatridia es "ninguno"

  # Confianza baja: no se halló norma sobre buques cubanos fuera del territorio. El art. 11 de
  # 2019 (territorio: mar territorial y espacio aéreo) no se leyó; el buque en aguas cubanas se
  # lee como nacido en el territorio (CU.birth.vessel_in_territory, confianza media).
  @CU.birth.flag_vessel_unclear
  Escenario: Nacido en un buque cubano en alta mar, hijo de venezolanos: la ley no lo resuelve
    Dado una persona nacida el 2016-10-03 a bordo de un buque con bandera de Cuba, fuera de todo territorio
    Y su madre es nacional de Venezuela por nacimiento
    Y su padre es nacional de Venezuela por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Cuba es "indeterminada"
    Y decide la regla "CU.birth.flag_vessel_unclear"
    Y la razón menciona "1961"

  @CU.birth.flag_vessel_unclear @CU.birth.abroad_application
  Escenario: Nacido en un buque cubano en alta mar en 2019, hijo de cubanos que viven en México
    Dado una persona nacida el 2019-10-03 a bordo de un buque con bandera de Cuba, fuera de todo territorio
    Y su madre es nacional de Cuba por nacimiento
    Y su padre es nacional de Cuba por nacimiento
    Y la persona reside en México desde el 2019-10-20 como residente temporal
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Cuba es "indeterminada"
    Y decide la regla "CU.birth.flag_vessel_unclear"
    Y queda la vía discrecional de la regla "CU.birth.abroad_application" desde el 2019-10-03

  # --- Nacidos en el extranjero: misión oficial -------------------------------------------------

  # El caso no tiene un hecho 'en misión oficial': se lee la situación 'diplomático' del
  # progenitor cubano en el país de nacimiento. Si la misión oficial alcanza a médicos u otros
  # trabajadores del Estado en el exterior no se verificó. Si la situación del progenitor cubano
  # no consta, Cuba queda indeterminada y la pide (missing_facts).
  @CU.birth.abroad_official_mission
  Escenario: Hija de una diplomática cubana nacida en México: cubana por nacimiento, sin trámite
    Dado una persona nacida en México el 2010-09-01
    Y su madre es nacional de Cuba por nacimiento
    Y la situación de su madre en el país de nacimiento es diplomático
    Y su padre es nacional de México por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Cuba es "nacional"
    Y decide la regla "CU.birth.abroad_official_mission"
    Y la base legal cita "art. 29 b)"

  @CU.birth.abroad_official_mission
  Escenario: Si la madre cubana no estaba en misión oficial, no es automático
    Dado una persona nacida en México el 2010-09-01
    Y su madre es nacional de Cuba por nacimiento
    Y la situación de su madre en el país de nacimiento es residente temporal
    Y su padre es nacional de México por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Cuba es "no nacional"
    Y no decide la regla "CU.birth.abroad_official_mission"
    Y queda la vía discrecional de la regla "CU.birth.abroad_application" desde el 2018-01-01

  # --- Nacidos en el extranjero: avecindamiento (1940-2017), un derecho ---------------------------

  # Derecho (grant: entitlement), confianza media: 'por el solo hecho de avecindarse' (1940);
  # las 'formalidades' de 1976 eran el avecindamiento según el propio DL 352. Cuenta una
  # residencia en Cuba como nacional o residente permanente; una estancia turística no.
  @CU.birth.abroad_avecindamiento_1940
  Escenario: Nacido en Estados Unidos en 1960 de padre cubano, llevado a vivir a Cuba en 1962
    Dado una persona nacida en Estados Unidos el 1960-05-05
    Y su padre es nacional de Cuba por nacimiento
    Y su madre es nacional de Estados Unidos por nacimiento
    Y la persona reside en Cuba desde el 1962-01-10 como residente permanente
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Cuba es "nacional"
    Y decide la regla "CU.birth.abroad_avecindamiento_1940"

  @CU.birth.abroad_avecindamiento_1940
  Escenario: El mismo niño en 1961, antes de avecindarse: le basta avecindarse en Cuba
    Dado una persona nacida en Estados Unidos el 1960-05-05
    Y su padre es nacional de Cuba por nacimiento
    Y su madre es nacional de Estados Unidos por nacimiento
    Cuando se evalúa su nacionalidad al 1961-06-01
    Entonces la nacionalidad de Cuba es "condicional"
    Y decide la regla "CU.birth.abroad_avecindamiento_1940"
    Y queda pendiente "domicile" por la propia persona

  @CU.birth.abroad_formalities_1976
  Escenario: Nacido en México en 1995 de cubanos, solo inscrito en el consulado: en 2017 aún no era cubano
    Dado una persona nacida en México el 1995-02-02
    Y su madre es nacional de Cuba por nacimiento
    Y la situación de su madre en el país de nacimiento es residente permanente
    Y su padre es nacional de Cuba por nacimiento
    Y la situación de su padre en el país de nacimiento es residente permanente
    Y su madre inscribió el nacimiento en el consulado de Cuba el 1995-06-15
    Cuando se evalúa su nacionalidad al 2017-06-01
    Entonces la nacionalidad de Cuba es "condicional"
    Y decide la regla "CU.birth.abroad_formalities_1976"
    Y queda pendiente "domicile" por la propia persona
    Y el riesgo de apatridia es "ninguno"

  @CU.birth.abroad_formalities_1976 @CU.birth.abroad_application
  Escenario: La misma persona en 2025: el avecindamiento se suprimió y solo queda la solicitud discrecional
    Dado una persona nacida en México el 1995-02-02
    Y su madre es nacional de Cuba por nacimiento
    Y la situación de su madre en el país de nacimiento es residente permanente
    Y su padre es nacional de Cuba por nacimiento
    Y la situación de su padre en el país de nacimiento es residente permanente
    Y su madre inscribió el nacimiento en el consulado de Cuba el 1995-06-15
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Cuba es "no nacional"
    Y no decide la regla "CU.birth.abroad_formalities_1976"
    Y queda la vía discrecional de la regla "CU.birth.abroad_application" desde el 2018-01-01

  @CU.birth.abroad_formalities_1976
  Escenario: Avecindado en Cuba en 2010: cubano desde entonces, también después de 2018
    Dado una persona nacida en Venezuela el 2000-07-07
    Y su madre es nacional de Cuba por nacimiento
    Y la situación de su madre en el país de nacimiento es residente temporal
    Y su padre es nacional de Venezuela por nacimiento
    Y la persona reside en Cuba desde el 2010-09-01 como residente permanente
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Cuba es "nacional"
    Y decide la regla "CU.birth.abroad_formalities_1976"
    Y no queda ninguna vía discrecional

  @CU.birth.abroad_formalities_1976 @CU.birth.abroad_application
  Escenario: Llegada a Cuba con visa de turista en 2016: una estancia turística no es avecindamiento
    Dado una persona nacida en Venezuela el 2015-03-03
    Y su madre es nacional de Cuba por nacimiento
    Y la situación de su madre en el país de nacimiento es residente temporal
    Y su padre es nacional de Venezuela por nacimiento
    Y la persona reside en Cuba desde el 2016-01-10 como en tránsito
    Cuando se evalúa su nacionalidad al 2019-06-01
    Entonces la nacionalidad de Cuba es "no nacional"
    Y no decide la regla "CU.birth.abroad_formalities_1976"
    Y queda la vía discrecional de la regla "CU.birth.abroad_application" desde el 2018-01-01

  # --- Nacidos en el extranjero desde 2018: el Decreto-Ley 352 -----------------------------------
  # La solicitud puede archivarse por 'acciones contra los fundamentos políticos, sociales y
  # económicos del Estado' del interesado o de sus padres: una gracia, no un derecho. El niño no
  # es cubano mientras no se conceda; la vía se lista aparte y no cambia el estado ni el riesgo.

  @CU.birth.abroad_application
  Escenario: Nacida en México de madre cubana solicitante de asilo, padre desconocido: no es cubana
    Dado una persona nacida en México el 2022-04-18
    Y su madre es nacional de Cuba por nacimiento
    Y la situación de su madre en el país de nacimiento es solicitante de asilo
    Y su padre es desconocido
    Y sus padres no están casados
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Cuba es "no nacional"
    Y queda la vía discrecional de la regla "CU.birth.abroad_application" desde el 2022-04-18
    Y no queda nada pendiente
    Y la nacionalidad de México es "nacional"
    Y el riesgo de apatridia es "ninguno"
    Y la práctica en Cuba menciona "fundamentos políticos, sociales y económicos"

  @CU.birth.abroad_application
  Escenario: Nacido en Colombia de cubanos en situación irregular, inscrito en el consulado: la inscripción sola no lo hace cubano
    Dado una persona nacida en Colombia el 2021-09-09
    Y su madre es nacional de Cuba por nacimiento
    Y la situación de su madre en el país de nacimiento es irregular
    Y su padre es nacional de Cuba por nacimiento
    Y la situación de su padre en el país de nacimiento es irregular
    Y su padre inscribió el nacimiento en el consulado de Cuba el 2022-02-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Cuba es "no nacional"
    Y queda la vía discrecional de la regla "CU.birth.abroad_application"
    # Colombia (paquete, issue 13) no da su nacionalidad: los padres no estaban domiciliados
    Y la nacionalidad de Colombia es "no nacional"
    Y el riesgo de apatridia es "apatridia"

  @CU.birth.abroad_application
  Escenario: Hijo de un cubano por naturalización nacido en Honduras: el DL 352 no distingue
    Dado una persona nacida en Honduras el 2020-08-08
    Y su madre es nacional de Honduras por nacimiento
    Y su padre es nacional de España por nacimiento
    Y su padre es nacional de Cuba por naturalización desde el 2005-06-01
    Y la situación de su padre en el país de nacimiento es residente temporal
    Cuando se evalúa su nacionalidad al 2024-06-01
    Entonces la nacionalidad de Cuba es "no nacional"
    Y queda la vía discrecional de la regla "CU.birth.abroad_application" desde el 2020-08-08

  @CU.birth.abroad_application
  Escenario: Niña nacida en Panamá de cubanos en tránsito y devuelta con ellos a Cuba en 2023 (caso CU-016)
    Dado el caso trabajado "CU-016"
    Cuando se evalúa con la línea de comandos
    Entonces la nacionalidad de Cuba es "no nacional"
    Y queda la vía discrecional de la regla "CU.birth.abroad_application" desde el 2022-01-20
    Y la práctica en Cuba menciona "Resolución 266/2022"
    Y la nacionalidad de Panamá es "nacional"

  @CU.birth.abroad_application_granted
  Escenario: Nacido en Costa Rica en 2019, transcrito y con la solicitud concedida: cubano desde la concesión
    Dado una persona nacida en Costa Rica el 2019-05-10
    Y su madre es nacional de Cuba por nacimiento
    Y la situación de su madre en el país de nacimiento es solicitante de asilo
    Y su padre es nacional de Cuba por nacimiento
    Y la situación de su padre en el país de nacimiento es solicitante de asilo
    Y su madre inscribió el nacimiento en el consulado de Cuba el 2019-08-01
    Y la persona declaró ante Cuba su nacionalidad de origen el 2019-11-15
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Cuba es "nacional"
    Y decide la regla "CU.birth.abroad_application_granted"
    Y no queda ninguna vía discrecional

  @CU.birth.abroad_application_granted @fechas
  Escenario: El mismo niño evaluado el día antes de la concesión: aún no era cubano
    Dado una persona nacida en Costa Rica el 2019-05-10
    Y su madre es nacional de Cuba por nacimiento
    Y la situación de su madre en el país de nacimiento es solicitante de asilo
    Y su padre es nacional de Cuba por nacimiento
    Y la situación de su padre en el país de nacimiento es solicitante de asilo
    Y su madre inscribió el nacimiento en el consulado de Cuba el 2019-08-01
    Y la persona declaró ante Cuba su nacionalidad de origen el 2019-11-15
    Cuando se evalúa su nacionalidad al 2019-11-14
    Entonces la nacionalidad de Cuba es "no nacional"
    Y no decide la regla "CU.birth.abroad_application_granted"
    Y queda la vía discrecional de la regla "CU.birth.abroad_application"

  # Confianza baja: el límite de segunda generación del DL 352 se toma de GLOBALCIT (artículo no
  # leído); el progenitor 'por inscripción' se lee como quien la adquirió como nacido fuera.
  @CU.birth.abroad_application_second_generation
  Escenario: Segunda generación nacida fuera: el padre adquirió la ciudadanía por el DL 352 (caso CU-018)
    Dado el caso trabajado "CU-018"
    Cuando se evalúa con la línea de comandos
    Entonces la nacionalidad de Cuba es "no nacional"
    Y queda la vía discrecional de la regla "CU.birth.abroad_application_second_generation" desde el 2038-01-15
    Y la nacionalidad de México es "nacional"

  # --- El caso clave: la niña cuyo expediente se archivó por la actividad política del padre -------
  # CU-020: nacida en Colombia en 2021 de cubanos irregulares; el consulado transcribió el
  # nacimiento y la DIIE archivó la solicitud en 2022 por la conducta política del padre. No es
  # cubana y no tiene ninguna vía cubana hasta los 18 años; Cuba no tiene salvaguardia para el
  # niño que queda apátrida. Colombia no está codificada (su ius soli exige un progenitor
  # domiciliado): el riesgo es real.

  @CU.birth.abroad_application_after_refusal
  Escenario: La niña cuya solicitud se archivó por motivos políticos: ninguna vía cubana hasta los 18 años
    Dado el caso trabajado "CU-020"
    Cuando se evalúa con la línea de comandos
    Entonces la nacionalidad de Cuba es "no nacional"
    Y no decide la regla "CU.birth.abroad_application"
    Y queda la vía discrecional de la regla "CU.birth.abroad_application_after_refusal" desde el 2039-09-09
    Y no queda nada pendiente
    Y la práctica en Cuba menciona "solo puede pedirla de nuevo por sí mismo al cumplir 18 años"
    # Colombia, donde nació, tiene paquete (issue 13) y no da su nacionalidad: apatridia
    Y la nacionalidad de Colombia es "no nacional"
    Y el riesgo de apatridia es "apatridia"

  # --- Art. 34 d): hijo de un natural de Cuba que perdió la ciudadanía ----------------------------

  # Confianza baja: el texto dice 'si la reclaman', como una opción, pero no se halló la forma
  # legal de reclamarla; la Ley de 2024 la encauza como solicitud: se codifica como vía
  # discrecional. Un progenitor nacido en Cuba sin ciudadanía cubana al nacer el hijo se lee
  # como quien la perdió.
  @CU.birth.abroad_former_citizen_parent
  Escenario: Nacida en Estados Unidos en 2005 de un padre nacido en Cuba que había perdido la ciudadanía
    Dado una persona nacida en Estados Unidos el 2005-04-04
    Y su padre es nacional de Cuba por nacimiento
    Y su padre nació en Cuba
    Y su padre perdió la nacionalidad de Cuba el 2000-03-01
    Y la situación de su padre en el país de nacimiento es residente permanente
    Y su madre es nacional de Estados Unidos por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Cuba es "no nacional"
    Y queda la vía discrecional de la regla "CU.birth.abroad_former_citizen_parent"

  @CU.birth.abroad_former_citizen_parent
  Escenario: Si el padre que perdió la ciudadanía había nacido fuera de Cuba, no hay esa vía
    Dado una persona nacida en Estados Unidos el 2005-04-04
    Y su padre es nacional de Cuba por nacimiento
    Y su padre nació en Venezuela
    Y su padre perdió la nacionalidad de Cuba el 2000-03-01
    Y la situación de su padre en el país de nacimiento es residente permanente
    Y su madre es nacional de Estados Unidos por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Cuba es "no nacional"
    Y explica que la regla "CU.birth.abroad_former_citizen_parent" no se aplica porque "Cuba"
    Y no queda ninguna vía discrecional

  # --- Naturalización: siempre una vía discrecional ----------------------------------------------

  # GLOBALCIT (2020) codifica estas vías 'Application (entitlement)'; aquí son discrecionales:
  # el Presidente 'decide el otorgamiento' (2019 art. 128 m) y GLOBALCIT anota que en la práctica
  # es 'muy rara'. La Ley de 2024 exige cinco años como residente permanente y un examen.
  @CU.naturalization.granted
  Escenario: Venezolano naturalizado cubano en 2010
    Dado una persona nacida en Venezuela el 1975-01-01
    Y la persona reside en Cuba desde el 2000-01-01 como residente permanente
    Y la persona se naturalizó en Cuba el 2010-01-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Cuba es "nacional"
    Y decide la regla "CU.naturalization.granted"

  @CU.naturalization.ordinary
  Escenario: Residente permanente en Cuba desde 2021: podrá pedir la naturalización a los cinco años
    Dado una persona nacida en Venezuela el 1990-01-01
    Y la persona reside en Cuba desde el 2021-03-01 como residente permanente
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Cuba es "no nacional"
    Y queda la vía discrecional de la regla "CU.naturalization.ordinary" desde el 2026-03-01
    Y no queda nada pendiente

  @CU.naturalization.spouse @CU.naturalization.ordinary
  Escenario: Mexicana casada con un cubano y residente en Cuba desde 2022
    Dado una persona nacida en México el 1995-05-05
    Y la persona se casó con un nacional de Cuba el 2022-02-01
    Y la persona reside en Cuba desde el 2022-03-01 como residente temporal
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Cuba es "no nacional"
    Y queda la vía discrecional de la regla "CU.naturalization.spouse" desde el 2024-03-01
    Y queda la vía discrecional de la regla "CU.naturalization.ordinary" desde el 2027-03-01

  @CU.naturalization.minor_child
  Escenario: Niño venezolano cuya madre se naturalizó cubana cuando él tenía ocho años
    Dado una persona nacida en Venezuela el 2012-02-02
    Y su madre es nacional de Venezuela por nacimiento
    Y su madre es nacional de Cuba por naturalización desde el 2020-05-01
    Y su padre es nacional de Venezuela por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Cuba es "no nacional"
    Y queda la vía discrecional de la regla "CU.naturalization.minor_child"
    Y no decide la regla "CU.birth.abroad_application"

  @CU.naturalization.minor_child @fechas
  Escenario: Ya mayor de edad, la extensión al hijo menor no se le ofrece
    Dado una persona nacida en Venezuela el 2000-02-02
    Y su madre es nacional de Cuba por naturalización desde el 2020-05-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Cuba es "no nacional"
    Y explica que la regla "CU.naturalization.minor_child" no se aplica porque "venció"
    Y no queda ninguna vía discrecional

  @CU.naturalization.arbitrarily_deprived
  Escenario: Nicaragüense despojado de su nacionalidad que vive en Cuba: solo la decisión del Presidente
    Dado una persona nacida en Nicaragua el 1980-01-01
    Y Nicaragua privó a la persona de su nacionalidad por sentencia el 2023-02-15
    Y la persona reside en Cuba desde el 2023-03-01 como residente temporal
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Cuba es "no nacional"
    Y queda la vía discrecional de la regla "CU.naturalization.arbitrarily_deprived"
    Y queda la vía discrecional de la regla "CU.naturalization.ordinary" desde el 2028-03-01

  # --- Pérdida ---------------------------------------------------------------------------------

  # Confianza baja: el artículo de pérdida de 1940 no se leyó; desde 1978 Cuba trata como
  # cubanos a los emigrados naturalizados fuera.
  @CU.loss.foreign_naturalization_1940_unclear
  Escenario: Nacido en Cuba en 1945, naturalizado en Estados Unidos en 1970
    Dado una persona nacida en Cuba el 1945-06-01
    Y su madre es nacional de Cuba por nacimiento
    Y la persona reside en Estados Unidos desde el 1961-01-01 como residente permanente
    Y la persona se naturalizó en Estados Unidos el 1970-03-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Cuba es "indeterminada"
    Y decide la regla "CU.loss.foreign_naturalization_1940_unclear"
    Y la razón menciona "pasaporte cubano"
    Y queda la vía discrecional de la regla "CU.loss.recovery"

  @CU.loss.declared
  Escenario: Naturalizado en Estados Unidos en 2005 sin pérdida declarada: sigue siendo cubano
    Dado una persona nacida en Cuba el 1980-01-01
    Y la persona se naturalizó en Estados Unidos el 2005-01-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Cuba es "nacional"
    Y decide la regla "CU.birth.ius_soli"
    Y no decide la regla "CU.loss.declared"

  @CU.loss.declared @CU.loss.recovery
  Escenario: Con la pérdida formalizada por Cuba en 1995: perdió la ciudadanía, y puede pedir recuperarla
    Dado una persona nacida en Cuba el 1960-01-01
    Y la persona se naturalizó en Estados Unidos el 1990-01-01
    Y Cuba declaró la pérdida de su nacionalidad el 1995-01-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Cuba es "no nacional"
    Y decide la regla "CU.loss.declared"
    Y queda la vía discrecional de la regla "CU.loss.recovery"

  @CU.loss.recovered
  Escenario: La misma persona recuperó la ciudadanía en 2015
    Dado una persona nacida en Cuba el 1960-01-01
    Y la persona se naturalizó en Estados Unidos el 1990-01-01
    Y Cuba declaró la pérdida de su nacionalidad el 1995-01-01
    Y la persona declaró ante Cuba su nacionalidad de origen el 2015-01-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Cuba es "nacional"
    Y decide la regla "CU.loss.recovered"
    Y no queda ninguna vía discrecional

  @CU.loss.renunciation_unclear
  Escenario: Dijo renunciar a la ciudadanía cubana en 2015: no había procedimiento
    Dado una persona nacida en Cuba el 1980-01-01
    Y la persona se naturalizó en España el 2010-01-01
    Y la persona renunció a la nacionalidad de Cuba el 2015-01-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Cuba es "indeterminada"
    Y decide la regla "CU.loss.renunciation_unclear"
    Y la razón menciona "procedimiento"

  # Confianza baja: la Ley de 2024 (renuncia solo desde el exterior, con otra ciudadanía, a los
  # 18 años) se leyó en la prensa; su vigencia no se verificó. Una renuncia registrada desde su
  # primer día posible (15-01-2025) se lee como aceptada con ella.
  @CU.loss.renunciation
  Escenario: Renuncia aceptada en 2025 bajo la Ley de 2024 con otra ciudadanía: perdió la cubana
    Dado una persona nacida en Cuba el 1980-01-01
    Y la persona se naturalizó en México el 2010-01-01
    Y la persona renunció a la nacionalidad de Cuba el 2025-06-01
    Cuando se evalúa su nacionalidad al 2026-01-01
    Entonces la nacionalidad de Cuba es "no nacional"
    Y decide la regla "CU.loss.renunciation"
    Y la nacionalidad de México es "nacional"
    Y el riesgo de apatridia es "ninguno"

  @CU.loss.renunciation
  Escenario: Sin otra ciudadanía la renuncia no se admite: sigue siendo cubano
    Dado una persona nacida en Cuba el 1980-01-01
    Y la persona renunció a la nacionalidad de Cuba el 2025-06-01
    Cuando se evalúa su nacionalidad al 2026-01-01
    Entonces la nacionalidad de Cuba es "nacional"
    Y no decide la regla "CU.loss.renunciation"
    Y el riesgo de apatridia es "ninguno"

  # Confianza baja: causas de privación del proyecto de 2024 (art. 55); numeración final y
  # vigencia no verificadas. Sin salvaguardia contra la apatridia.
  # El paso dice "por sentencia"; en Cuba la privación es por Decreto Presidencial. El acto
  # registrado (deprivation) es el mismo.
  @CU.loss.deprivation_unclear
  Escenario: Privación registrada en 2020, antes de que la ley fijara causas
    Dado una persona nacida en Cuba el 1985-09-09
    Y la persona reside en Estados Unidos desde el 2016-06-01 como residente permanente
    Y Cuba privó a la persona de su nacionalidad por sentencia el 2020-05-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Cuba es "indeterminada"
    Y decide la regla "CU.loss.deprivation_unclear"
    Y la razón menciona "causas legalmente establecidas"

  @CU.loss.deprivation
  Escenario: Activista residente en Estados Unidos sin otra ciudadanía, privado por decreto en 2026: sin salvaguardia
    Dado una persona nacida en Cuba el 1985-09-09
    Y su madre es nacional de Cuba por nacimiento
    Y su padre es nacional de Cuba por nacimiento
    Y la persona reside en Estados Unidos desde el 2016-06-01 como residente permanente
    Y Cuba privó a la persona de su nacionalidad por sentencia el 2026-03-15
    Cuando se evalúa su nacionalidad al 2026-05-01
    Entonces la nacionalidad de Cuba es "no nacional"
    Y decide la regla "CU.loss.deprivation"
    Y queda la vía discrecional de la regla "CU.loss.recovery"
    Y la práctica en Cuba menciona "prohibido la entrada"

  # --- Práctica junto a la ley (nunca cambia el estado) ---------------------------------------------

  @CU.birth.ius_soli
  Escenario: Cubano que vive en Panamá en 2025: solo entra a Cuba con pasaporte vigente
    Dado una persona nacida en Cuba el 1992-01-01
    Y la persona reside en Panamá desde el 2022-01-01 como irregular
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Cuba es "nacional"
    Y decide la regla "CU.birth.ius_soli"
    Y la práctica en Cuba menciona "pasaporte cubano vigente"
    Y la práctica en Cuba menciona "Guantánamo"

  # --- Casos trabajados de la investigación (regresión, por la línea de comandos) ----------
  # Asumimos, como la investigación, que la Ley de Ciudadanía de 2024 pudo regir desde el
  # 15-01-2025 (su primer día posible); su entrada en vigor real no se verificó.
  # Respuestas que difieren de la investigación, y por qué:
  # - CU-007, CU-008, CU-016, CU-017: la investigación dice "condicional" por la solicitud del
  #   DL 352. Esa solicitud puede archivarse por motivos políticos (la DIIE admite, deniega o
  #   devuelve), así que es una vía discrecional, no un derecho (contrato, issue 12; GLOBALCIT:
  #   'Application (discretionary)'): la persona no es cubana mientras no se conceda y
  #   respondemos "no nacional" con la vía CU.birth.abroad_application listada aparte. El riesgo
  #   no cambia: México, Panamá y Honduras dan su nacionalidad por ius soli.
  # - CU-016: la niña retornada vive en Cuba: la nota de práctica de la Resolución 266/2022 del
  #   MINJUS (inscripción tardía con el certificado extranjero) se muestra con la respuesta.
  # - CU-018: "no nacional" con la vía de segunda generación CU.birth.abroad_application_second_generation
  #   desde los 18 años (2038-01-15), por la misma razón. La vía de nietos de la Ley de 2024 no se
  #   codifica (condiciones y vigencia no verificadas).
  # - CU-020: "no nacional" con la vía CU.birth.abroad_application_after_refusal desde el
  #   2039-09-09: lo que la investigación describe, pero una vía discrecional no es un estado.
  # - CU-014: la investigación dice "indeterminada" (buque cubano en alta mar). Respondemos
  #   "nacional": aunque el nacimiento a bordo no cuente como nacido en Cuba, es un nacido fuera
  #   de padres cubanos que se avecindó en Cuba (reside allí como nacional desde el 2016-10-20)
  #   antes de que el avecindamiento se suprimiera el 1-1-2018 (Const. 1976 art. 29 c;
  #   CU.birth.abroad_formalities_1976). La duda sobre el buque (CU.birth.flag_vessel_unclear)
  #   ya no decide.
  # - CU-019: "no nacional" como la investigación; el riesgo es "en riesgo" y no "apatridia"
  #   porque Estados Unidos (residencia) no está codificado. La recuperación se lista como vía
  #   discrecional; el motor la fecha en el nacimiento, no en la privación (limitación del motor).

  @caso_trabajado
  Esquema del escenario: Caso trabajado <caso>
    Dado el caso trabajado "<caso>"
    Cuando se evalúa con la línea de comandos
    Entonces la nacionalidad de Cuba es "<estado>"
    Y el riesgo de apatridia es coherente con los estados evaluados

    Ejemplos:
      | caso   | estado        |
      | CU-001 | nacional      |
      | CU-003 | nacional      |
      | CU-004 | indeterminada |
      | CU-006 | nacional      |
      | CU-007 | no nacional   |
      | CU-008 | no nacional   |
      | CU-009 | condicional   |
      | CU-013 | nacional      |
      | CU-014 | nacional      |
      | CU-016 | no nacional   |
      | CU-017 | no nacional   |
      | CU-018 | no nacional   |
      | CU-019 | no nacional   |
      | CU-020 | no nacional   |

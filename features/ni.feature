# language: es
@NI
Característica: Nicaragua — nacionalidad por nacimiento, pérdida, privación y naturalización
  Decreto-Ley 867 (19 de noviembre de 1981) y Constitución Política de 1987, art. 16 (copiado por
  la Ley 149 de 1992 y la Ley 761 de 2011, art. 45): ius soli con excepción de los hijos de
  diplomáticos, que pueden optar; transmisión por el padre o la madre, dondequiera que se nazca,
  automática y sin plazo (la inscripción consular solo prueba); opción del hijo de quien fue
  nicaragüense; expósitos; opción del nacido en naves nicaragüenses.
  Pérdida: art. 20 original (1987-2000, por adquirir otra nacionalidad salvo centroamericana o con
  convenio), Ley 330 (desde el 19-01-2000 no se pierde), Ley 761 para los nacionalizados, Ley 1145
  (desde el 09-02-2023, los "traidores a la patria", sin salvaguardia contra la apatridia) y
  Ley 1268 (desde el 16-01-2026, todo nicaragüense la pierde al adquirir otra nacionalidad).
  "Condicional" es solo la nacionalidad que se tiene por derecho al hacer un acto (una opción);
  toda naturalización, y la recuperación del nacionalizado, es una vía discrecional que se lista
  aparte y nunca cambia el estado ni baja el riesgo. Las notas de práctica (consulados cerrados,
  pasaportes negados, entrada negada) se muestran junto a la respuesta y nunca cambian el estado.

  # --- Art. 16 inc. 1: ius soli --------------------------------------------------------------

  @NI.birth.soli
  Escenario: Hijo de una migrante hondureña en tránsito nacido en Nicaragua: nacional al nacer
    Dado una persona nacida en Nicaragua el 2019-08-20
    Y su madre es nacional de Honduras por nacimiento
    Y la situación de su madre en el país de nacimiento es en tránsito
    Y su padre es desconocido
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Nicaragua es "nacional"
    Y decide la regla "NI.birth.soli"
    Y la base legal cita "Constitución Política de 1987, art. 16 inc. 1"
    Y el riesgo de apatridia es "ninguno"

  @NI.birth.soli @NI.birth.descent
  Escenario: Hijo de padres despojados de la nacionalidad en 2023, nacido en Managua en 2024: nacional por haber nacido allí
    Dado una persona nacida en Nicaragua el 2024-03-01
    Y su madre es nacional de Nicaragua por nacimiento
    Y su madre perdió la nacionalidad de Nicaragua el 2023-02-15
    Y su padre es nacional de Nicaragua por nacimiento
    Y su padre perdió la nacionalidad de Nicaragua el 2023-02-15
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Nicaragua es "nacional"
    Y decide la regla "NI.birth.soli"
    Y no decide la regla "NI.birth.descent"

  @NI.birth.soli
  Escenario: Nacida a bordo de un buque nicaragüense en aguas nicaragüenses, de padres hondureños: el mar territorial es territorio
    Dado una persona nacida el 2021-05-05 a bordo de un buque con bandera de Nicaragua, en el territorio de Nicaragua
    Y su madre es nacional de Honduras por nacimiento
    Y su padre es nacional de Honduras por nacimiento
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Nicaragua es "nacional"
    Y decide la regla "NI.birth.soli"
    Y la base legal cita "art. 10"

  @NI.birth.soli @fechas
  Escenario: Nacido en Nicaragua el 19 de noviembre de 1981, día de la publicación del Decreto 867
    Dado una persona nacida en Nicaragua el 1981-11-19
    Y su madre es nacional de Costa Rica por nacimiento
    Y su padre es nacional de Costa Rica por nacimiento
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Nicaragua es "nacional"
    Y decide la regla "NI.birth.soli"
    Y no decide la regla "NI.birth.soli_earlier_births"

  # --- Art. 16 inc. 1: hijos de diplomáticos, que pueden optar ------------------------------

  @NI.birth.soli_diplomat_exception @NI.birth.soli_diplomat_option
  Escenario: Hijo de diplomáticos mexicanos nacido en Managua: excluido del ius soli, puede optar
    Dado una persona nacida en Nicaragua el 2016-03-02
    Y su madre es nacional de México por nacimiento
    Y la situación de su madre en el país de nacimiento es diplomático
    Y su padre es nacional de México por nacimiento
    Y la situación de su padre en el país de nacimiento es diplomático
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Nicaragua es "condicional"
    Y no decide la regla "NI.birth.soli"
    Y explica que la regla "NI.birth.soli_diplomat_exception" no se aplica porque "deja sin efecto NI.birth.soli"
    Y decide la regla "NI.birth.soli_diplomat_option"
    Y queda pendiente "option" por el progenitor hasta el 2034-03-01
    Y queda pendiente "option" por la propia persona desde el 2034-03-02

  @NI.birth.soli_diplomat_option
  Escenario: El mismo hijo de diplomáticos opta por la nacionalidad nicaragüense a los 18 años
    Dado una persona nacida en Nicaragua el 2000-03-02
    Y su madre es nacional de México por nacimiento
    Y la situación de su madre en el país de nacimiento es diplomático
    Y la persona declaró optar por la nacionalidad de Nicaragua el 2018-06-01
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Nicaragua es "nacional"
    Y decide la regla "NI.birth.soli_diplomat_option"

  @NI.birth.soli_diplomat_exception @NI.birth.descent
  Escenario: Madre diplomática francesa y padre nicaragüense: la excepción no alcanza al hijo de nicaragüense
    Dado una persona nacida en Nicaragua el 2015-07-07
    Y su madre es nacional de Francia por nacimiento
    Y la situación de su madre en el país de nacimiento es diplomático
    Y su padre es nacional de Nicaragua por nacimiento
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Nicaragua es "nacional"
    Y decide la regla "NI.birth.descent"
    Y no decide la regla "NI.birth.soli_diplomat_exception"
    Y no decide la regla "NI.birth.soli_diplomat_option"

  # --- Art. 16 inc. 2: hijo de padre o madre nicaragüense, dondequiera que nazca -----------
  # El caso que más importa: en Costa Rica, sin inscripción consular, el hijo de nicaragüenses
  # es nicaragüense desde que nace. Lo que falta es la prueba, no la nacionalidad.

  @NI.birth.descent
  Escenario: Nacida en Costa Rica de padres nicaragüenses, nunca inscrita en el consulado: nicaragüense automáticamente
    Dado una persona nacida en Costa Rica el 2021-09-14
    Y su madre es nacional de Nicaragua por nacimiento
    Y la situación de su madre en el país de nacimiento es solicitante de asilo
    Y su padre es nacional de Nicaragua por nacimiento
    Y la situación de su padre en el país de nacimiento es solicitante de asilo
    Y sus padres no están casados
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Nicaragua es "nacional"
    Y decide la regla "NI.birth.descent"
    Y la base legal cita "Constitución Política de 1987, art. 16 inc. 2"
    Y el riesgo de apatridia es "ninguno"

  @NI.birth.descent
  Escenario: La misma niña vive en Costa Rica: se muestra que los consulados del norte están cerrados, sin cambiar la respuesta
    Dado una persona nacida en Costa Rica el 2021-09-14
    Y su madre es nacional de Nicaragua por nacimiento
    Y su padre es nacional de Nicaragua por nacimiento
    Y la persona reside en Costa Rica desde el 2021-09-14 como solicitante de asilo
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Nicaragua es "nacional"
    Y decide la regla "NI.birth.descent"
    Y la práctica en Nicaragua menciona "Los Chiles"
    Y la práctica en Nicaragua menciona "renovación del pasaporte"
    Y el riesgo de apatridia es "ninguno"

  @NI.birth.descent
  Escenario: Nacido en Estados Unidos de padre nicaragüense por naturalización, no casado con la madre, que lo reconoció después
    Dado una persona nacida en Estados Unidos el 2018-01-10
    Y su madre es nacional de Estados Unidos por nacimiento
    Y su padre es nacional de Nicaragua por naturalización desde el 2010-05-05
    Y su padre la reconoció el 2019-02-01
    Y sus padres no están casados
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Nicaragua es "nacional"
    Y decide la regla "NI.birth.descent"

  @NI.birth.descent
  Escenario: Padre despojado de la nacionalidad antes del nacimiento, madre nicaragüense: basta la madre
    Dado una persona nacida en Costa Rica el 2024-04-18
    Y su madre es nacional de Nicaragua por nacimiento
    Y su padre es nacional de Nicaragua por nacimiento
    Y su padre perdió la nacionalidad de Nicaragua el 2023-02-15
    Y sus padres no están casados
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Nicaragua es "nacional"
    Y decide la regla "NI.birth.descent"

  @NI.birth.descent
  Escenario: Madre despojada de la nacionalidad después del nacimiento: el hijo no la pierde
    Dado una persona nacida en Panamá el 2020-02-02
    Y su madre es nacional de Nicaragua por nacimiento
    Y su madre perdió la nacionalidad de Nicaragua el 2024-09-10
    Y su padre es nacional de Panamá por nacimiento
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Nicaragua es "nacional"
    Y decide la regla "NI.birth.descent"

  @NI.birth.descent
  Escenario: Nacida en Honduras en febrero de 2026 de padres nicaragüenses: la otra nacionalidad recibida al nacer no se pierde por la Ley 1268
    Dado una persona nacida en Honduras el 2026-02-20
    Y su madre es nacional de Nicaragua por nacimiento
    Y su padre es nacional de Nicaragua por nacimiento
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Nicaragua es "nacional"
    Y decide la regla "NI.birth.descent"
    Y no decide la regla "NI.loss.foreign_nationality_2026"

  # --- Art. 16 inc. 3: hijo nacido en el extranjero de quien fue nicaragüense -------------
  # Los hechos del caso no conservan la nacionalidad que un progenitor perdió antes del
  # nacimiento: la regla toma como indicio al progenitor nacido en Nicaragua (nicaragüense de
  # origen). Falta un hecho para el progenitor nicaragüense nacido en el extranjero que la perdió.

  @NI.birth.abroad_former_national_parent
  Escenario: Nacida en Guatemala en 2025 de padres despojados de la nacionalidad en 2024: podrá pedirla al cumplir 18 años
    Dado una persona nacida en Guatemala el 2025-06-15
    Y su madre es nacional de Nicaragua por nacimiento
    Y su madre nació en Nicaragua
    Y su madre perdió la nacionalidad de Nicaragua el 2024-09-10
    Y su padre es nacional de Nicaragua por nacimiento
    Y su padre nació en Nicaragua
    Y su padre perdió la nacionalidad de Nicaragua el 2024-09-10
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Nicaragua es "condicional"
    Y decide la regla "NI.birth.abroad_former_national_parent"
    Y no decide la regla "NI.birth.descent"
    Y queda pendiente "option" por la propia persona desde el 2043-06-15

  @NI.birth.abroad_former_national_parent
  Escenario: La misma persona lo solicita a los 18 años: nacional desde entonces
    Dado una persona nacida en Guatemala el 2025-06-15
    Y su madre es nacional de Nicaragua por nacimiento
    Y su madre nació en Nicaragua
    Y su madre perdió la nacionalidad de Nicaragua el 2024-09-10
    Y la persona declaró optar por la nacionalidad de Nicaragua el 2043-07-01
    Cuando se evalúa su nacionalidad al 2044-01-01
    Entonces la nacionalidad de Nicaragua es "nacional"
    Y decide la regla "NI.birth.abroad_former_national_parent"

  # Consecuencia: si ningún progenitor era nicaragüense al nacer el hijo (nacido fuera) y no
  # consta dónde nació un progenitor, Nicaragua queda indeterminada y pide ese dato.

  @NI.birth.abroad_former_national_parent
  Escenario: Colombiano residente en Nicaragua sin constar dónde nació su madre: se pregunta, porque si nació en Nicaragua podría pedir la nacionalidad
    Dado una persona nacida en Colombia el 1990-01-01
    Y su madre es nacional de Colombia por nacimiento
    Y la persona reside en Nicaragua desde el 2015-01-01 como residente temporal
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Nicaragua es "indeterminada"
    Y falta conocer "parents[0].born_in"
    Y explica que la regla "NI.birth.abroad_former_national_parent" no se aplica porque "país de nacimiento: Nicaragua — desconocido"

  @NI.birth.abroad_former_national_parent
  Escenario: Madre nicaragüense nacida en Costa Rica que perdió la nacionalidad antes del parto: el caso no permite ver que lo fue
    Dado una persona nacida en Costa Rica el 2025-06-15
    Y su madre es nacional de Nicaragua por nacimiento
    Y su madre nació en Costa Rica
    Y su madre perdió la nacionalidad de Nicaragua el 2024-09-10
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces no decide la regla "NI.birth.abroad_former_national_parent"
    Y la nacionalidad de Nicaragua es "no nacional"

  # --- Art. 16 inc. 4: expósitos -------------------------------------------------------------

  @NI.birth.foundling
  Escenario: Expósita hallada en Managua en 2022: nacional
    Dado una persona expósita hallada en Nicaragua, nacida hacia el 2022-10-01
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Nicaragua es "nacional"
    Y decide la regla "NI.birth.foundling"
    Y la base legal cita "art. 16 inc. 4"
    Y el riesgo de apatridia es "ninguno"

  @NI.birth.foundling_earlier_births
  Escenario: Expósito hallado en Nicaragua hacia 1983: nacional desde la Constitución de 1987 (confianza baja)
    Dado una persona expósita hallada en Nicaragua, nacida hacia el 1983-04-01
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Nicaragua es "nacional"
    Y decide la regla "NI.birth.foundling_earlier_births"
    Y no decide la regla "NI.birth.foundling"

  # --- Art. 16 inc. 5: nacidos en naves nicaragüenses ---------------------------------------

  @NI.birth.vessel_option
  Escenario: Nacido en un buque nicaragüense en alta mar de padres hondureños: puede solicitarla
    Dado una persona nacida el 2018-02-27 a bordo de un buque con bandera de Nicaragua, fuera de todo territorio
    Y su madre es nacional de Honduras por nacimiento
    Y su padre es nacional de Honduras por nacimiento
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Nicaragua es "condicional"
    Y decide la regla "NI.birth.vessel_option"
    Y queda pendiente "option" por el progenitor hasta el 2036-02-26
    Y queda pendiente "option" por la propia persona desde el 2036-02-27

  @NI.birth.vessel_option
  Escenario: El mismo niño, inscrito por sus padres en el Registro Civil de Nicaragua: nacional
    Dado una persona nacida el 2018-02-27 a bordo de un buque con bandera de Nicaragua, fuera de todo territorio
    Y su madre es nacional de Honduras por nacimiento
    Y el nacimiento se inscribió en el Registro Civil de Nicaragua el 2018-03-20
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Nicaragua es "nacional"
    Y decide la regla "NI.birth.vessel_option"

  # --- Nacidos antes del Decreto 867 (19-11-1981): lectura de confianza baja ----------------
  # El Decreto 867 y la Constitución de 1987 dicen quiénes "son" nacionales sin límite de fecha:
  # se leen como alcanzando a los nacidos antes, desde el 19-11-1981. No se encontró norma ni
  # práctica que lo confirme. La ley anterior (1948, 1950 no leídas; 1974 leída; vacío de
  # 1979-1981) no está codificada: antes del 19-11-1981 la respuesta es indeterminada.

  @NI.birth.soli_earlier_births @fechas
  Escenario: Nacido en Nicaragua el 18 de noviembre de 1981, víspera del Decreto 867: nacional desde el decreto
    Dado una persona nacida en Nicaragua el 1981-11-18
    Y su madre es nacional de Costa Rica por nacimiento
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Nicaragua es "nacional"
    Y decide la regla "NI.birth.soli_earlier_births"
    Y no decide la regla "NI.birth.soli"

  @NI.birth.before_1981_unclear @NI.birth.soli_earlier_births
  Escenario: Nacida en Nicaragua en 1980, durante el vacío legal, evaluada antes del decreto: indeterminada
    Dado una persona nacida en Nicaragua el 1980-03-15
    Y su madre es nacional de Costa Rica por nacimiento
    Y su padre es nacional de Costa Rica por nacimiento
    Cuando se evalúa su nacionalidad al 1981-06-01
    Entonces la nacionalidad de Nicaragua es "indeterminada"
    Y decide la regla "NI.birth.before_1981_unclear"
    Y no decide la regla "NI.birth.soli_earlier_births"
    Y la razón menciona "1979"

  @NI.birth.descent_earlier_births
  Escenario: Nacido en Costa Rica en 1970 de padre nicaragüense: nacional desde el Decreto 867 (confianza baja)
    Dado una persona nacida en Costa Rica el 1970-06-20
    Y su padre es nacional de Nicaragua por nacimiento
    Y su madre es nacional de Costa Rica por nacimiento
    Y su padre inscribió el nacimiento en el consulado de Nicaragua el 1970-09-14
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Nicaragua es "nacional"
    Y decide la regla "NI.birth.descent_earlier_births"

  @NI.birth.before_1981_unclear @NI.loss.before_1987_unclear @NI.birth.soli_earlier_births
  Escenario: Nacido en Nicaragua en 1950 y naturalizado en Estados Unidos en 1976: no consta si la perdió o la recuperó
    Dado una persona nacida en Nicaragua el 1950-05-05
    Y su padre es nacional de Nicaragua por nacimiento
    Y la persona se naturalizó en Estados Unidos el 1976-07-04
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Nicaragua es "indeterminada"
    Y decide la regla "NI.loss.before_1987_unclear"
    Y decide la regla "NI.birth.before_1981_unclear"
    Y no decide la regla "NI.birth.soli_earlier_births"
    Y la razón menciona "volviera a Nicaragua"

  @NI.loss.before_1987_unclear
  Escenario: Nacida en Nicaragua en 1960 y naturalizada en Estados Unidos en 1985: la ley de entonces no se leyó
    Dado una persona nacida en Nicaragua el 1960-05-05
    Y su madre es nacional de Nicaragua por nacimiento
    Y la persona se naturalizó en Estados Unidos el 1985-03-01
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Nicaragua es "indeterminada"
    Y decide la regla "NI.loss.before_1987_unclear"

  @NI.loss.before_1987_unclear
  Escenario: Un colombiano naturalizado en Estados Unidos en 1980 que vive en Nicaragua no queda indeterminado para Nicaragua
    Dado una persona nacida en Colombia el 1950-01-01
    Y su madre es nacional de Colombia por nacimiento
    Y su madre nació en Colombia
    Y la persona se naturalizó en Estados Unidos el 1980-01-01
    Y la persona reside en Nicaragua desde el 2010-01-01 como residente temporal
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Nicaragua es "no nacional"
    Y no decide la regla "NI.loss.before_1987_unclear"

  # --- Art. 20: pérdida por adquirir otra nacionalidad, 1987-2000 ----------------------------

  @NI.loss.foreign_nationality_1987
  Escenario: Nicaragüense por nacimiento naturalizado en Estados Unidos en 1995, evaluado en 1998: la perdió
    Dado una persona nacida en Nicaragua el 1965-01-12
    Y su madre es nacional de Nicaragua por nacimiento
    Y la persona se naturalizó en Estados Unidos el 1995-07-04
    Cuando se evalúa su nacionalidad al 1998-01-01
    Entonces la nacionalidad de Nicaragua es "no nacional"
    Y decide la regla "NI.loss.foreign_nationality_1987"

  @NI.loss.recovery_after_2000_unclear @NI.loss.foreign_nationality_1987
  Escenario: La misma persona evaluada hoy: la reforma de 2000 no dice que devuelva la nacionalidad perdida
    Dado una persona nacida en Nicaragua el 1965-01-12
    Y su madre es nacional de Nicaragua por nacimiento
    Y la persona se naturalizó en Estados Unidos el 1995-07-04
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Nicaragua es "indeterminada"
    Y decide la regla "NI.loss.recovery_after_2000_unclear"
    Y no decide la regla "NI.loss.foreign_nationality_1987"
    Y la razón menciona "Ley 330"

  @NI.loss.foreign_nationality_1987
  Escenario: Naturalizado en Costa Rica en 1995: la nacionalidad de otro país centroamericano no la hacía perder
    Dado una persona nacida en Nicaragua el 1965-01-12
    Y su madre es nacional de Nicaragua por nacimiento
    Y la persona se naturalizó en Costa Rica el 1995-07-04
    Cuando se evalúa su nacionalidad al 1998-01-01
    Entonces la nacionalidad de Nicaragua es "nacional"
    Y no decide la regla "NI.loss.foreign_nationality_1987"

  @NI.loss.foreign_nationality_1987
  Escenario: Naturalizada en España en 1995: el convenio de doble nacionalidad la conservaba
    Dado una persona nacida en Nicaragua el 1965-01-12
    Y su madre es nacional de Nicaragua por nacimiento
    Y la persona se naturalizó en España el 1995-07-04
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Nicaragua es "nacional"
    Y no decide la regla "NI.loss.foreign_nationality_1987"

  @NI.loss.foreign_nationality_1987_unclear
  Escenario: Naturalizado en Panamá en 1995: no consta si Panamá contaba como país centroamericano
    Dado una persona nacida en Nicaragua el 1965-01-12
    Y su madre es nacional de Nicaragua por nacimiento
    Y la persona se naturalizó en Panamá el 1995-07-04
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Nicaragua es "indeterminada"
    Y decide la regla "NI.loss.foreign_nationality_1987_unclear"
    Y la razón menciona "centroamericano"

  # --- Ley 1268: pérdida al adquirir otra nacionalidad desde el 16-01-2026 ------------------
  # Un refugiado que se naturaliza hoy en Costa Rica deja de ser nicaragüense; quien lo hizo en
  # 2020 lo sigue siendo (la reforma no es retroactiva: se juzga en la fecha de la naturalización).

  @NI.loss.foreign_nationality_2026
  Escenario: Refugiado nicaragüense que se naturaliza en Costa Rica en marzo de 2026: pierde la nicaragüense
    Dado una persona nacida en Nicaragua el 1990-04-04
    Y su madre es nacional de Nicaragua por nacimiento
    Y la persona reside en Costa Rica desde el 2018-08-01 como refugiado
    Y Costa Rica reconoció a la persona como refugiada el 2019-05-01
    Y la persona se naturalizó en Costa Rica el 2026-03-01
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Nicaragua es "no nacional"
    Y decide la regla "NI.loss.foreign_nationality_2026"
    Y la nacionalidad de Costa Rica es "nacional"
    Y el riesgo de apatridia es "ninguno"

  @NI.loss.foreign_nationality_2026
  Escenario: Nicaragüense naturalizada en Costa Rica en 2020: conserva la nacionalidad nicaragüense
    Dado una persona nacida en Nicaragua el 1985-01-12
    Y su madre es nacional de Nicaragua por nacimiento
    Y la persona reside en Costa Rica desde el 2008-03-02 como residente permanente
    Y la persona se naturalizó en Costa Rica el 2020-05-10
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Nicaragua es "nacional"
    Y no decide la regla "NI.loss.foreign_nationality_2026"
    Y la nacionalidad de Costa Rica es "nacional"

  @NI.loss.foreign_nationality_2026 @fechas
  Escenario: Naturalizado en Estados Unidos el 15 de enero de 2026, víspera de la publicación de la Ley 1268: la conserva
    Dado una persona nacida en Nicaragua el 1980-02-02
    Y su padre es nacional de Nicaragua por nacimiento
    Y la persona se naturalizó en Estados Unidos el 2026-01-15
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Nicaragua es "nacional"
    Y no decide la regla "NI.loss.foreign_nationality_2026"

  @NI.loss.foreign_nationality_2026 @fechas
  Escenario: Naturalizado en Estados Unidos el 16 de enero de 2026, día de la publicación: la pierde
    Dado una persona nacida en Nicaragua el 1980-02-02
    Y su padre es nacional de Nicaragua por nacimiento
    Y la persona se naturalizó en Estados Unidos el 2026-01-16
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Nicaragua es "no nacional"
    Y decide la regla "NI.loss.foreign_nationality_2026"

  # --- Ley 1145: los "traidores a la patria" (desde el 09-02-2023), sin salvaguardia --------

  @NI.loss.traitors
  Escenario: Opositora nicaragüense por nacimiento despojada por sentencia en 2023, refugiada en Costa Rica: apátrida
    Dado una persona nacida en Nicaragua el 1970-08-08
    Y su madre es nacional de Nicaragua por nacimiento
    Y Nicaragua privó a la persona de su nacionalidad por sentencia el 2023-02-15
    Y la persona reside en Costa Rica desde el 2021-07-01 como refugiado
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Nicaragua es "no nacional"
    Y decide la regla "NI.loss.traitors"
    Y la práctica en Nicaragua menciona "traidores a la patria"
    Y la nacionalidad de Costa Rica es "no nacional"
    Y el riesgo de apatridia es "apatridia"

  @NI.loss.traitors @fechas
  Escenario: Una sentencia de privación de 2022 contra un nicaragüense de origen no surtía efecto: la Constitución lo prohibía
    Dado una persona nacida en Nicaragua el 1970-08-08
    Y su madre es nacional de Nicaragua por nacimiento
    Y Nicaragua privó a la persona de su nacionalidad por sentencia el 2022-10-01
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Nicaragua es "nacional"
    Y no decide la regla "NI.loss.traitors"

  # --- Nacionalizados: pérdida (Ley 761 art. 64) y recuperación ------------------------------

  @NI.loss.naturalized_treason @NI.loss.traitors
  Escenario: Colombiano nacionalizado nicaragüense en 2012, privado de la nacionalidad por sentencia en 2020
    Dado una persona nacida en Colombia el 1970-11-11
    Y su madre es nacional de Colombia por nacimiento
    Y su madre nació en Colombia
    Y la persona renunció a la nacionalidad de Colombia el 2012-05-15
    Y la persona se naturalizó en Nicaragua el 2012-06-01
    Y Nicaragua privó a la persona de su nacionalidad por sentencia el 2020-03-01
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Nicaragua es "no nacional"
    Y decide la regla "NI.loss.naturalized_treason"
    Y no decide la regla "NI.loss.traitors"

  @NI.loss.naturalized_foreign_nationality @NI.loss.recovery_naturalized
  Escenario: Venezolano nacionalizado nicaragüense en 2012 que se naturaliza en España en 2018: la pierde y puede pedir recuperarla
    Dado una persona nacida en Venezuela el 1975-03-03
    Y su madre es nacional de Venezuela por nacimiento
    Y su madre nació en Venezuela
    Y la persona se naturalizó en Nicaragua el 2012-06-01
    Y la persona se naturalizó en España el 2018-09-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Nicaragua es "no nacional"
    Y decide la regla "NI.loss.naturalized_foreign_nationality"
    Y queda la vía discrecional de la regla "NI.loss.recovery_naturalized"

  @NI.loss.naturalized_foreign_nationality @NI.loss.recovery_naturalized
  Escenario: Quien se naturalizó en España antes de nacionalizarse nicaragüense no pierde nada
    Dado una persona nacida en Venezuela el 1975-03-03
    Y la persona se naturalizó en España el 2010-09-01
    Y la persona se naturalizó en Nicaragua el 2015-06-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Nicaragua es "nacional"
    Y no decide la regla "NI.loss.naturalized_foreign_nationality"
    Y no decide la regla "NI.loss.recovery_naturalized"
    Y no queda ninguna vía discrecional

  @NI.loss.renunciation_naturalized
  Escenario: Nacionalizado que renuncia a la nacionalidad nicaragüense en 2019: la pierde, aunque quede apátrida
    Dado una persona nacida en Venezuela el 1975-03-03
    Y la persona se naturalizó en Nicaragua el 2012-06-01
    Y la persona renunció a la nacionalidad de Nicaragua el 2019-01-10
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Nicaragua es "no nacional"
    Y decide la regla "NI.loss.renunciation_naturalized"

  @NI.loss.renunciation_naturalized
  Escenario: El nicaragüense de origen no puede renunciar: su renuncia no surte efecto
    Dado una persona nacida en Nicaragua el 1975-03-03
    Y su padre es nacional de Nicaragua por nacimiento
    Y la persona renunció a la nacionalidad de Nicaragua el 2019-01-10
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Nicaragua es "nacional"
    Y no decide la regla "NI.loss.renunciation_naturalized"

  @NI.loss.naturalized_annulled
  Escenario: Nacionalizado cuya nacionalidad canceló la Dirección de Migración en 2025 (caso trabajado NI-020)
    Dado el caso trabajado "NI-020"
    Cuando se evalúa con la línea de comandos
    Entonces la nacionalidad de Nicaragua es "no nacional"
    Y decide la regla "NI.loss.naturalized_annulled"

  # --- Naturalización (vías discrecionales) -------------------------------------------------

  @NI.naturalization.granted
  Escenario: Colombiana nacionalizada nicaragüense en 2015
    Dado una persona nacida en Colombia el 1980-03-03
    Y la persona reside en Nicaragua desde el 2008-01-01 como residente permanente
    Y la persona se naturalizó en Nicaragua el 2015-06-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Nicaragua es "nacional"
    Y decide la regla "NI.naturalization.granted"

  @NI.naturalization.residence @NI.naturalization.central_american
  Escenario: Venezolano residente permanente en Nicaragua desde 2023: a los cuatro años podrá pedir la naturalización
    Dado una persona nacida en Venezuela el 1990-03-03
    Y la persona reside en Nicaragua desde el 2023-02-01 como residente permanente
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Nicaragua es "no nacional"
    Y queda la vía discrecional de la regla "NI.naturalization.residence" desde el 2027-02-01
    Y explica que la regla "NI.naturalization.central_american" no se aplica porque "país de nacimiento"
    Y no queda nada pendiente

  @NI.naturalization.residence
  Escenario: Un solicitante de asilo no tiene residencia permanente: no se abre la vía
    Dado una persona nacida en Venezuela el 1990-03-03
    Y la persona reside en Nicaragua desde el 2015-02-01 como solicitante de asilo
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Nicaragua es "no nacional"
    Y no decide la regla "NI.naturalization.residence"
    Y no queda ninguna vía discrecional

  @NI.naturalization.central_american @NI.naturalization.residence
  Escenario: Hondureña residente permanente desde 2024: a los dos años podrá optar sin renunciar a su nacionalidad
    Dado una persona nacida en Honduras el 1992-05-05
    Y la persona reside en Nicaragua desde el 2024-03-01 como residente permanente
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Nicaragua es "no nacional"
    Y queda la vía discrecional de la regla "NI.naturalization.central_american" desde el 2026-03-01
    Y queda la vía discrecional de la regla "NI.naturalization.residence" desde el 2028-03-01

  @NI.naturalization.spaniard
  Escenario: Española residente permanente desde 2020, evaluada en 2025: la vía de dos años
    Dado una persona nacida en España el 1985-05-05
    Y la persona reside en Nicaragua desde el 2020-03-01 como residente permanente
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Nicaragua es "no nacional"
    Y queda la vía discrecional de la regla "NI.naturalization.spaniard" desde el 2022-03-01

  @NI.naturalization.spaniard @NI.naturalization.residence @fechas
  Escenario: La misma española evaluada tras la Ley 1268: solo queda la vía ordinaria
    Dado una persona nacida en España el 1985-05-05
    Y la persona reside en Nicaragua desde el 2020-03-01 como residente permanente
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Nicaragua es "no nacional"
    Y explica que la regla "NI.naturalization.spaniard" no se aplica porque "2026-01-15"
    Y queda la vía discrecional de la regla "NI.naturalization.residence" desde el 2024-03-01

  @NI.naturalization.spouse
  Escenario: Estadounidense casado con una nicaragüense y residente permanente desde 2022
    Dado una persona nacida en Estados Unidos el 1985-03-03
    Y la persona se casó con una nacional de Nicaragua el 2021-06-01
    Y la persona reside en Nicaragua desde el 2022-01-01 como residente permanente
    Cuando se evalúa su nacionalidad al 2023-06-01
    Entonces la nacionalidad de Nicaragua es "no nacional"
    Y queda la vía discrecional de la regla "NI.naturalization.spouse" desde el 2024-01-01
    # estadounidense por nacimiento en su territorio (Estados Unidos tiene paquete, issue 13)
    Y la nacionalidad de Estados Unidos es "nacional"
    Y el riesgo de apatridia es "ninguno"

  @NI.naturalization.minor_child
  Escenario: Niña venezolana cuya madre se nacionalizó nicaragüense en 2022: la madre puede pedir la extensión
    Dado una persona nacida en Venezuela el 2015-02-02
    Y su madre es nacional de Venezuela por nacimiento
    Y su madre es nacional de Nicaragua por naturalización desde el 2022-05-01
    Y su madre nació en Venezuela
    Y la persona reside en Nicaragua desde el 2018-01-01 como residente permanente
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Nicaragua es "no nacional"
    Y queda la vía discrecional de la regla "NI.naturalization.minor_child"

  # --- Casos trabajados de la investigación (regresión, por la línea de comandos) ----------
  # Todos coinciden en el estado de Nicaragua con la respuesta de la investigación. Precisiones:
  # - NI-007: nacional, como en la investigación; pero la investigación pone el riesgo "en
  #   riesgo" por la práctica (sin documentos, consulados lejanos y restrictivos). Aquí la
  #   práctica se muestra como nota y no cambia el riesgo: con Nicaragua "nacional" el riesgo
  #   es "ninguno" (contrato; ver el escenario de la niña nacida en Costa Rica).
  # - NI-009: "condicional" por el art. 16 inc. 3; los hechos no conservan la nacionalidad que
  #   los padres perdieron antes del nacimiento, así que la regla lee que nacieron en Nicaragua.
  # - NI-014 y NI-015: nacionales por las reglas de los nacidos antes del 19-11-1981
  #   (confianza baja: lectura de que el Decreto 867 alcanza a los nacidos antes).
  # - NI-019: nacional; se lee que el art. 25 (Ley 1268) no alcanza la otra nacionalidad
  #   recibida al nacer (sin interpretación oficial).
  # - NI-020: no nacional por la cancelación de la naturalización (Ley 761 art. 64 y reforma de
  #   2024); sin salvaguardia. Colombia no está codificada: el riesgo es "en riesgo".

  @caso_trabajado
  Esquema del escenario: Caso trabajado <caso>
    Dado el caso trabajado "<caso>"
    Cuando se evalúa con la línea de comandos
    Entonces la nacionalidad de Nicaragua es "<estado>"
    Y el riesgo de apatridia es coherente con los estados evaluados

    Ejemplos:
      | caso   | estado      |
      | NI-001 | nacional    |
      | NI-002 | nacional    |
      | NI-003 | condicional |
      | NI-005 | nacional    |
      | NI-007 | nacional    |
      | NI-009 | condicional |
      | NI-011 | nacional    |
      | NI-012 | nacional    |
      | NI-013 | condicional |
      | NI-014 | nacional    |
      | NI-015 | nacional    |
      | NI-017 | nacional    |
      | NI-019 | nacional    |
      | NI-020 | no nacional |

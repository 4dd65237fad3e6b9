# language: es
@PA
Característica: Panamá — nacionalidad por nacimiento, naturalización y pérdida
  Constitución Política de 1972 (texto vigente, reformado en 2004): art. 3 (territorio), art. 9
  (panameños por nacimiento), arts. 10-12 (naturalización y adopción) y art. 13 (pérdida). Para
  quienes nacieron antes del 11 de octubre de 1972, la Constitución de 1946, art. 9, y antes de
  ella las de 1904 y 1941 (artículos de nacionalidad no leídos, confianza baja).
  Cada escenario describe los hechos, la respuesta esperada y la regla que la decide.

  # --- Art. 9 num. 1: ius soli desde 1972 -------------------------------------------------------

  @PA.birth.ius_soli
  Escenario: Hijo de una migrante venezolana en tránsito por el Darién, nacido en Panamá
    Dado una persona nacida en Panamá el 2021-09-15
    Y su madre es nacional de Venezuela por nacimiento
    Y la situación de su madre en el país de nacimiento es en tránsito
    Y su padre es desconocido
    Y sus padres no están casados
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "nacional"
    Y decide la regla "PA.birth.ius_soli"
    Y la base legal cita "Constitución Política, art. 9 num. 1"
    Y el riesgo de apatridia es "ninguno"

  @PA.birth.ius_soli @PA.birth.diplomat_parent_protocol
  Escenario: Hija de diplomáticos franceses: Francia no es parte del Protocolo de Viena, rige el art. 9
    Dado una persona nacida en Panamá el 2018-05-02
    Y su madre es nacional de Francia por nacimiento
    Y la situación de su madre en el país de nacimiento es diplomático
    Y su padre es nacional de Francia por nacimiento
    Y la situación de su padre en el país de nacimiento es diplomático
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "nacional"
    Y decide la regla "PA.birth.ius_soli"
    Y no decide la regla "PA.birth.diplomat_parent_protocol"

  @PA.birth.ius_soli @fechas
  Escenario: Nacida en Panamá el 11 de octubre de 1972, primer día de la Constitución de 1972, de padres colombianos
    Dado una persona nacida en Panamá el 1972-10-11
    Y su madre es nacional de Colombia por nacimiento
    Y su padre es nacional de Colombia por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "nacional"
    Y decide la regla "PA.birth.ius_soli"

  @PA.birth.foreign_parents_1946_unclear @PA.birth.ius_soli @fechas
  Escenario: Nacida en Panamá el 10 de octubre de 1972, la víspera, de padres colombianos: rige el art. 9 lit. b de 1946
    Dado una persona nacida en Panamá el 1972-10-10
    Y su madre es nacional de Colombia por nacimiento
    Y su padre es nacional de Colombia por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "indeterminada"
    Y decide la regla "PA.birth.foreign_parents_1946_unclear"
    Y no decide la regla "PA.birth.ius_soli"
    Y la razón menciona "1946"

  # --- Art. 3: buques y aeronaves en aguas o espacio aéreo panameños ---------------------------

  @PA.birth.vessel_in_territory
  Escenario: Nacida a bordo de un buque con bandera estadounidense en aguas panameñas, hija de cubanos en tránsito
    Dado una persona nacida el 2022-02-11 a bordo de un buque con bandera de Estados Unidos, en el territorio de Panamá
    Y su madre es nacional de Cuba por nacimiento
    Y la situación de su madre en el país de nacimiento es en tránsito
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "nacional"
    Y decide la regla "PA.birth.vessel_in_territory"
    Y la base legal cita "Constitución Política, art. 3"

  # --- Hijos de diplomáticos: el Protocolo Facultativo de Viena (confianza baja) ----------------

  @PA.birth.diplomat_parent_protocol @PA.birth.diplomat_parent_unclear @PA.birth.ius_soli
  Escenario: Hijo de una diplomática italiana nacido en Panamá: Italia y Panamá son partes del Protocolo
    Dado una persona nacida en Panamá el 2020-01-15
    Y su madre es nacional de Italia por nacimiento
    Y la situación de su madre en el país de nacimiento es diplomático
    Y su padre es nacional de Italia por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "indeterminada"
    Y decide la regla "PA.birth.diplomat_parent_unclear"
    Y no decide la regla "PA.birth.diplomat_parent_protocol"
    Y no decide la regla "PA.birth.ius_soli"
    Y la razón menciona "Protocolo"

  @PA.birth.diplomat_parent_unclear @PA.birth.ius_soli
  Escenario: Hijo de un diplomático italiano y de una madre panameña: el Protocolo no lo alcanza
    Dado una persona nacida en Panamá el 2020-01-15
    Y su padre es nacional de Italia por nacimiento
    Y la situación de su padre en el país de nacimiento es diplomático
    Y su madre es nacional de Panamá por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "nacional"
    Y decide la regla "PA.birth.ius_soli"
    Y no decide la regla "PA.birth.diplomat_parent_unclear"

  # --- Art. 9 num. 2: nacido en el extranjero de progenitor panameño por nacimiento ------------

  @PA.birth.abroad_parent_by_birth
  Escenario: Nacido en Costa Rica de madre panameña por nacimiento, inscrito en el consulado siendo bebé
    Dado una persona nacida en Costa Rica el 2010-11-03
    Y su madre es nacional de Panamá por nacimiento
    Y su madre nació en Panamá
    Y su padre es nacional de Costa Rica por nacimiento
    Y su padre la reconoció el 2010-11-03
    Y sus padres no están casados
    Y su madre inscribió el nacimiento en el consulado de Panamá el 2011-06-15
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "nacional"
    Y decide la regla "PA.birth.abroad_parent_by_birth"
    Y la base legal cita "art. 9 num. 2"

  @PA.birth.abroad_parent_by_birth
  Escenario: Adulta nacida en Estados Unidos de padre panameño, nunca inscrita: puede hacerlo ella misma, sin plazo
    Dado una persona nacida en Estados Unidos el 2005-02-14
    Y su padre es nacional de Panamá por nacimiento
    Y su madre es nacional de Estados Unidos por nacimiento
    Y sus padres están casados
    Y la persona reside en Estados Unidos desde el 2005-02-14
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "condicional"
    Y decide la regla "PA.birth.abroad_parent_by_birth"
    Y queda pendiente "registration" por la propia persona desde el 2023-02-14

  # El num. 2 es un derecho (grant: entitlement): hace "condicional". La carta de naturaleza que
  # también podría pedir es discrecional: solo se lista como vía, al lado.
  @PA.birth.abroad_parent_by_birth @PA.naturalization.ordinary
  Escenario: Adulto nacido en Estados Unidos de padre panameño, residente permanente en Panamá sin inscribirse: la inscripción decide, la carta es solo una vía
    Dado una persona nacida en Estados Unidos el 2000-04-10
    Y su padre es nacional de Panamá por nacimiento
    Y la persona reside en Panamá desde el 2018-06-01 como residente permanente
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "condicional"
    Y decide la regla "PA.birth.abroad_parent_by_birth"
    Y queda pendiente "registration" por la propia persona desde el 2018-04-10
    Y queda la vía discrecional de la regla "PA.naturalization.ordinary" desde el 2023-06-01

  @PA.birth.abroad_parent_by_birth
  Escenario: Menor sin inscribir: puede inscribirlo el progenitor hasta los 18, después él mismo
    Dado una persona nacida en Estados Unidos el 2015-01-10
    Y su madre es nacional de Panamá por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "condicional"
    Y queda pendiente "registration" por el progenitor hasta el 2033-01-09
    Y queda pendiente "registration" por la propia persona desde el 2033-01-10

  @PA.birth.abroad_parent_by_birth
  Escenario: El padre, nacido en el extranjero, se hizo panameño por inscripción después del nacimiento del hijo
    Dado una persona nacida en Estados Unidos el 2012-07-07
    Y su padre es nacional de Estados Unidos por nacimiento
    Y su padre es nacional de Panamá por inscripción desde el 2016-05-01
    Y su madre es nacional de Estados Unidos por nacimiento
    Y la persona reside en Panamá desde el 2017-01-01 como residente temporal
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "no nacional"
    Y no decide la regla "PA.birth.abroad_parent_by_birth"

  @PA.birth.abroad_parent_by_birth
  Escenario: El padre ya era panameño por inscripción al nacer el hijo: también es panameño por nacimiento
    Dado una persona nacida en Estados Unidos el 2012-07-07
    Y su padre es nacional de Panamá por inscripción desde el 2005-01-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "condicional"
    Y decide la regla "PA.birth.abroad_parent_by_birth"

  @PA.birth.abroad_parent_by_birth
  Escenario: Hijo de madre panameña por naturalización: no transmite por el num. 2
    Dado una persona nacida en Colombia el 2020-04-04
    Y su madre es nacional de Panamá por naturalización desde el 2015-01-01
    Y su padre es nacional de Colombia por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces no decide la regla "PA.birth.abroad_parent_by_birth"

  @PA.birth.abroad_parent_born_in_panama_unclear
  Escenario: Nacido en Costa Rica de una madre ngäbe nacida en Panamá y nunca inscrita
    Dado una persona nacida en Costa Rica el 2012-09-01
    Y su madre no tiene nacionalidad conocida
    Y su madre nació en Panamá
    Y su padre es desconocido
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "indeterminada"
    Y decide la regla "PA.birth.abroad_parent_born_in_panama_unclear"
    Y la razón menciona "Registro Civil de Panamá"
    Y el riesgo de apatridia es "en riesgo"

  @PA.birth.abroad_parent_born_in_panama_unclear
  Escenario: La madre nació en Panamá pero el caso la da por colombiana: no se presume panameña
    Dado una persona nacida en Costa Rica el 2012-09-01
    Y su madre es nacional de Colombia por nacimiento
    Y su madre nació en Panamá
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "no nacional"
    Y no decide la regla "PA.birth.abroad_parent_born_in_panama_unclear"

  # --- Nacidos en el extranjero antes de 1972 (confianza baja) ---------------------------------

  @PA.birth.abroad_before_1972
  Escenario: Nacida en Costa Rica en 1960 de madre panameña por nacimiento, inscrita por ella misma en 1985
    Dado una persona nacida en Costa Rica el 1960-03-01
    Y su madre es nacional de Panamá por nacimiento
    Y la persona inscribió su nacimiento en el Registro Civil de Panamá el 1985-06-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "nacional"
    Y decide la regla "PA.birth.abroad_before_1972"

  @PA.birth.abroad_before_1972
  Escenario: La misma, nunca inscrita: la inscripción sigue abierta
    Dado una persona nacida en Costa Rica el 1960-03-01
    Y su madre es nacional de Panamá por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "condicional"
    Y decide la regla "PA.birth.abroad_before_1972"
    Y queda pendiente "registration" por la propia persona desde el 1978-03-01

  @PA.birth.abroad_before_1972 @fechas
  Escenario: La misma evaluada el 10 de octubre de 1972, antes de la Constitución de 1972: no se codifica
    Dado una persona nacida en Costa Rica el 1960-03-01
    Y su madre es nacional de Panamá por nacimiento
    Cuando se evalúa su nacionalidad al 1972-10-10
    Entonces la nacionalidad de Panamá es "no nacional"
    Y no decide la regla "PA.birth.abroad_before_1972"

  # --- Art. 9 num. 3: nacido en el extranjero de progenitor panameño por naturalización ---------

  @PA.birth.abroad_parent_naturalized @fechas
  Escenario: Opta el día antes de cumplir 19 años, con domicilio en Panamá: a tiempo
    Dado una persona nacida en España el 2000-03-01
    Y su padre es nacional de Panamá por naturalización desde el 1996-08-08
    Y su madre es nacional de Colombia por nacimiento
    Y la persona reside en Panamá desde el 2016-01-01 como residente temporal
    Y la persona declaró optar por la nacionalidad de Panamá el 2019-02-28
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "nacional"
    Y decide la regla "PA.birth.abroad_parent_naturalized"
    Y la base legal cita "art. 9 num. 3"

  @PA.birth.abroad_parent_naturalized @fechas
  Escenario: Opta el día en que cumple 19 años: tarde, y el padre renunció a su nacionalidad colombiana
    Dado una persona nacida en España el 2000-03-01
    Y su padre es nacional de Panamá por naturalización desde el 1996-08-08
    Y su madre es nacional de Colombia por nacimiento
    Y la persona reside en Panamá desde el 2016-01-01 como residente temporal
    Y la persona declaró optar por la nacionalidad de Panamá el 2019-03-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "no nacional"
    Y decide la regla "PA.birth.abroad_parent_naturalized"
    # Colombia (paquete, issue 13): hija de colombiana nacida fuera, colombiana al inscribirse
    # o domiciliarse, sin plazo
    Y la nacionalidad de Colombia es "condicional"
    Y no queda ninguna vía discrecional
    Y el riesgo de apatridia es "en riesgo"

  @PA.birth.abroad_parent_naturalized
  Escenario: Menor en el extranjero, hijo de panameño naturalizado: opción y domicilio pendientes
    Dado una persona nacida en España el 2015-05-05
    Y su padre es nacional de Panamá por naturalización desde el 2010-01-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "condicional"
    Y queda pendiente "option" por el progenitor hasta el 2033-05-04
    Y queda pendiente "option" por la propia persona desde el 2033-05-05 hasta el 2034-05-04
    Y queda pendiente "domicile" por la propia persona

  # --- Buques y aeronaves panameños fuera del territorio ---------------------------------------

  @PA.birth.flag_vessel_unclear
  Escenario: Nacido en un buque panameño en alta mar, hijo de padres apátridas
    Dado una persona nacida el 2016-10-04 a bordo de un buque con bandera de Panamá, fuera de todo territorio
    Y su madre no tiene nacionalidad conocida
    Y la situación de su madre en el país de nacimiento es apátrida
    Y su padre no tiene nacionalidad conocida
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "indeterminada"
    Y decide la regla "PA.birth.flag_vessel_unclear"
    Y la razón menciona "1961"
    Y el riesgo de apatridia es "en riesgo"

  @PA.birth.flag_vessel_unclear @fechas
  Escenario: El mismo caso evaluado el 1 de junio de 2011, antes de la adhesión a la Convención de 1961
    Dado una persona nacida el 2009-10-04 a bordo de un buque con bandera de Panamá, fuera de todo territorio
    Y su madre no tiene nacionalidad conocida
    Y su padre no tiene nacionalidad conocida
    Cuando se evalúa su nacionalidad al 2011-06-01
    Entonces la nacionalidad de Panamá es "no nacional"
    Y no decide la regla "PA.birth.flag_vessel_unclear"
    Y el riesgo de apatridia es "apatridia"

  # --- Expósitos (DE 10 de 2019, art. 32) ------------------------------------------------------

  @PA.birth.foundling
  Escenario: Expósita hallada en Panamá: se presume nacida en el país de padres panameños
    Dado una persona expósita hallada en Panamá, nacida hacia el 2020-03-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "nacional"
    Y decide la regla "PA.birth.foundling"
    Y la base legal cita "art. 32"

  @PA.birth.foundling @fechas
  Escenario: La misma evaluada el 15 de enero de 2019, antes del decreto: falta saber dónde nació
    Dado una persona expósita hallada en Panamá, nacida hacia el 2017-03-01
    Cuando se evalúa su nacionalidad al 2019-01-15
    Entonces la nacionalidad de Panamá es "indeterminada"
    Y no decide la regla "PA.birth.foundling"
    Y falta conocer "person.birth_country"

  # --- Reconocimiento como apátrida por Panamá ---------------------------------------------------

  @PA.birth.recognized_stateless
  Escenario: Lugar de nacimiento desconocido, reconocido apátrida por Panamá: ninguna regla de nacimiento decide
    Dado una persona nacida el 1990-05-01 en un lugar desconocido
    Y la persona reside en Panamá desde el 2010-01-01 como apátrida
    Y Panamá reconoció a la persona como apátrida el 2020-03-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "no nacional"
    Y no decide la regla "PA.birth.recognized_stateless"
    Y no decide la regla "PA.naturalization.ordinary"
    Y no queda nada pendiente
    Y no queda ninguna vía discrecional

  @PA.birth.recognized_stateless
  Escenario: La misma sin el reconocimiento: falta saber dónde nació
    Dado una persona nacida el 1990-05-01 en un lugar desconocido
    Y la persona reside en Panamá desde el 2010-01-01 como apátrida
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "indeterminada"
    Y falta conocer "person.birth_country"
    Y no decide la regla "PA.birth.recognized_stateless"

  # --- Antes de 1972: Constitución de 1946, art. 9 --------------------------------------------

  @PA.birth.panamanian_parent_1946
  Escenario: Nacida en Panamá en 1960 de madre panameña y padre colombiano
    Dado una persona nacida en Panamá el 1960-05-05
    Y su madre es nacional de Panamá por nacimiento
    Y su padre es nacional de Colombia por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "nacional"
    Y decide la regla "PA.birth.panamanian_parent_1946"
    Y la base legal cita "Constitución de 1946, art. 9 lit. a"

  @PA.birth.panamanian_parent_1946 @fechas
  Escenario: Nacido el 1 de marzo de 1946 de padre panameño: rige la Constitución de 1946
    Dado una persona nacida en Panamá el 1946-03-01
    Y su padre es nacional de Panamá por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "nacional"
    Y decide la regla "PA.birth.panamanian_parent_1946"

  @PA.birth.panamanian_parent_before_1946 @fechas
  Escenario: Nacido el 28 de febrero de 1946 de padre panameño: rige el texto anterior
    Dado una persona nacida en Panamá el 1946-02-28
    Y su padre es nacional de Panamá por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "nacional"
    Y decide la regla "PA.birth.panamanian_parent_before_1946"
    Y no decide la regla "PA.birth.panamanian_parent_1946"

  @PA.birth.foreign_parents_1946_unclear
  Escenario: Nacida en Panamá en 1960 de padres colombianos, sin acto posterior registrado
    Dado una persona nacida en Panamá el 1960-05-05
    Y su madre es nacional de Colombia por nacimiento
    Y su padre es nacional de Colombia por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "indeterminada"
    Y decide la regla "PA.birth.foreign_parents_1946_unclear"
    Y la razón menciona "si después"
    Y el riesgo de apatridia es "en riesgo"

  # Antes del issue 12 la naturalización ordinaria abierta hacía "condicional" este caso y tapaba
  # la duda sobre el nacimiento. La naturalización es discrecional (art. 12): no es un estado.
  # Lo que la ley dice de esta persona sigue sin saberse, así que la respuesta es "indeterminada"
  # con la razón, y la carta de naturaleza se lista aparte como vía (caso trabajado PA-013).
  @PA.birth.foreign_parents_1946_unclear @PA.naturalization.ordinary
  Escenario: La misma, residente permanente en Panamá: la duda decide, la naturalización solo es una vía
    Dado una persona nacida en Panamá el 1960-05-05
    Y su madre es nacional de Colombia por nacimiento
    Y su padre es nacional de Colombia por nacimiento
    Y la persona reside en Panamá desde el 1960-05-05 como residente permanente
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "indeterminada"
    Y decide la regla "PA.birth.foreign_parents_1946_unclear"
    Y la razón menciona "si después"
    Y queda la vía discrecional de la regla "PA.naturalization.ordinary" desde el 1978-05-05
    # Colombia (paquete, issue 13): hija de colombianos nacida fuera, colombiana al domiciliarse allí
    Y la nacionalidad de Colombia es "condicional"
    Y el riesgo de apatridia es "en riesgo"

  @PA.birth.foreign_parents_1946_unclear @PA.naturalization.carta
  Escenario: La misma, que obtuvo la carta de naturaleza en 1990: es panameña, la duda ya no decide
    Dado una persona nacida en Panamá el 1960-05-05
    Y su madre es nacional de Colombia por nacimiento
    Y su padre es nacional de Colombia por nacimiento
    Y la persona reside en Panamá desde el 1960-05-05 como residente permanente
    Y la persona se naturalizó en Panamá el 1990-07-02
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "nacional"
    Y decide la regla "PA.naturalization.carta"
    Y no decide la regla "PA.birth.foreign_parents_1946_unclear"
    Y no queda ninguna vía discrecional
    Y el riesgo de apatridia es "ninguno"

  # --- Antes de 1946: Constituciones de 1904 y 1941 (confianza baja) -------------------------

  @PA.birth.panamanian_parent_before_1946
  Escenario: Nacido en Panamá en 1930 de padre panameño
    Dado una persona nacida en Panamá el 1930-05-02
    Y su padre es nacional de Panamá por nacimiento
    Y su madre es nacional de Colombia por nacimiento
    Cuando se evalúa su nacionalidad al 1960-01-01
    Entonces la nacionalidad de Panamá es "nacional"
    Y decide la regla "PA.birth.panamanian_parent_before_1946"

  @PA.birth.foreign_parents_before_1946_unclear
  Escenario: Nacido en Panamá en 1943 de padres haitianos, bajo la Constitución de 1941
    Dado una persona nacida en Panamá el 1943-08-19
    Y su madre es nacional de Haití por nacimiento
    Y su padre es nacional de Haití por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "indeterminada"
    Y decide la regla "PA.birth.foreign_parents_before_1946_unclear"
    Y la razón menciona "1941"

  # Como el caso trabajado PA-012 (allí los padres son jamaicanos): la misma duda, con residencia
  # permanente desde el nacimiento. La naturalización ordinaria no decide el estado: se lista como
  # vía. No se afirma el día en que se abre: el motor da el de los 18 años (1961-08-19), anterior
  # al art. 10 de 1972 en que se basa la regla, porque no recorta ese día a la vigencia de la
  # regla (cuestión del motor, señalada al equipo).
  @PA.birth.foreign_parents_before_1946_unclear @PA.naturalization.ordinary
  Escenario: El mismo, residente permanente en Panamá desde que nació: sigue indeterminada, con la naturalización como vía
    Dado una persona nacida en Panamá el 1943-08-19
    Y su madre es nacional de Haití por nacimiento
    Y su padre es nacional de Haití por nacimiento
    Y la persona reside en Panamá desde el 1943-08-19 como residente permanente
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "indeterminada"
    Y decide la regla "PA.birth.foreign_parents_before_1946_unclear"
    Y la razón menciona "1941"
    Y queda la vía discrecional de la regla "PA.naturalization.ordinary"
    Y el riesgo de apatridia es "en riesgo"

  # --- Naturalización (arts. 10 y 12) --------------------------------------------------------

  # La carta de naturaleza es una concesión discrecional (art. 10: "pueden solicitar"; art. 12: "el
  # Estado podrá negar"; Ley 7 de 1980, art. 1: "podrá expedir"): no hace "condicional" a nadie
  # ni baja el riesgo; se lista como vía, con el día en que se abre (contrato, issue 12).
  @PA.naturalization.ordinary
  Escenario: Venezolano con diez años de residencia permanente: puede pedir la carta de naturaleza, pero no es panameño
    Dado una persona nacida en Venezuela el 1990-01-15
    Y su madre es nacional de Venezuela por nacimiento
    Y la persona reside en Panamá desde el 2015-03-01 como residente permanente
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "no nacional"
    Y queda la vía discrecional de la regla "PA.naturalization.ordinary" desde el 2020-03-01
    Y no queda nada pendiente
    # venezolano por nacimiento (issue 13: Venezuela tiene paquete), no apátrida
    Y la nacionalidad de Venezuela es "nacional"
    Y el riesgo de apatridia es "ninguno"

  @PA.naturalization.ordinary
  Escenario: Residente permanente desde 2022: la vía se abrirá al cumplir los cinco años, el 1 de marzo de 2027
    Dado una persona nacida en Venezuela el 1990-01-15
    Y la persona reside en Panamá desde el 2022-03-01 como residente permanente
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "no nacional"
    Y queda la vía discrecional de la regla "PA.naturalization.ordinary" desde el 2027-03-01
    Y no queda nada pendiente

  @PA.naturalization.ordinary
  Escenario: Quince años con permiso temporal: no cuentan para la naturalización
    Dado una persona nacida en Venezuela el 1990-01-15
    Y la persona reside en Panamá desde el 2010-03-01 como residente temporal
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "no nacional"
    Y no decide la regla "PA.naturalization.ordinary"
    Y no queda nada pendiente
    Y no queda ninguna vía discrecional

  # Art. 10 num. 2: la vía del cónyuge (tres años) también es discrecional; se abre a los tres
  # años de residencia permanente, y la ordinaria (cinco años) se abrirá después.
  @PA.naturalization.spouse @PA.naturalization.ordinary
  Escenario: Colombiana casada con un panameño, con tres años de residencia permanente: no es panameña, puede pedir la carta
    Dado una persona nacida en Colombia el 1985-07-20
    Y la persona se casó con un nacional de Panamá el 2019-06-01
    Y la persona reside en Panamá desde el 2021-01-10 como residente permanente
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "no nacional"
    Y queda la vía discrecional de la regla "PA.naturalization.spouse" desde el 2024-01-10
    Y queda la vía discrecional de la regla "PA.naturalization.ordinary" desde el 2026-01-10
    Y no queda nada pendiente
    Y el riesgo de apatridia es "en riesgo"

  @PA.naturalization.adoption_unclear
  Escenario: Nacida en Colombia y adoptada por una panameña: falta la edad a la adopción y su inscripción
    Dado una persona nacida en Colombia el 2015-02-01
    Y su madre la adoptó el 2016-03-01
    Y su madre es nacional de Panamá por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "indeterminada"
    Y decide la regla "PA.naturalization.adoption_unclear"
    Y no decide la regla "PA.birth.abroad_parent_by_birth"
    Y la razón menciona "siete años"

  @PA.naturalization.carta
  Escenario: Venezolano que obtuvo la carta de naturaleza panameña en 2012
    Dado una persona nacida en Venezuela el 1980-01-15
    Y la persona reside en Panamá desde el 2005-01-01 como residente permanente
    Y la persona se naturalizó en Panamá el 2012-02-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "nacional"
    Y decide la regla "PA.naturalization.carta"

  # --- Pérdida (art. 13) ----------------------------------------------------------------------

  @PA.loss.naturalized_renunciation @PA.naturalization.carta
  Escenario: El naturalizado que renuncia por escrito pierde la nacionalidad, aunque quede apátrida
    Dado una persona nacida en Venezuela el 1980-01-15
    Y la persona se naturalizó en Panamá el 2012-02-01
    Y la persona renunció a la nacionalidad de Panamá el 2020-05-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "no nacional"
    Y decide la regla "PA.loss.naturalized_renunciation"
    Y no decide la regla "PA.naturalization.carta"

  @PA.loss.naturalized_renunciation
  Escenario: El panameño por nacimiento que renuncia no pierde la nacionalidad (solo se suspende la ciudadanía)
    Dado una persona nacida en Panamá el 1985-03-03
    Y su madre es nacional de Panamá por nacimiento
    Y la persona renunció a la nacionalidad de Panamá el 2020-05-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "nacional"
    Y decide la regla "PA.birth.ius_soli"
    Y no decide la regla "PA.loss.naturalized_renunciation"

  @PA.loss.naturalized_foreign_nationality
  Escenario: El naturalizado que después se naturaliza en Estados Unidos pierde la nacionalidad panameña
    Dado una persona nacida en Venezuela el 1980-01-15
    Y la persona se naturalizó en Panamá el 2012-02-01
    Y la persona se naturalizó en Estados Unidos el 2018-09-10
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "no nacional"
    Y decide la regla "PA.loss.naturalized_foreign_nationality"

  @PA.loss.naturalized_foreign_nationality
  Escenario: Otra naturalización anterior a la carta panameña no la hace perder
    Dado una persona nacida en Venezuela el 1980-01-15
    Y la persona se naturalizó en Estados Unidos el 2005-09-10
    Y la persona se naturalizó en Panamá el 2012-02-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "nacional"
    Y no decide la regla "PA.loss.naturalized_foreign_nationality"

  @PA.loss.naturalized_foreign_nationality
  Escenario: El panameño por nacimiento que se naturaliza en otro país conserva la nacionalidad
    Dado una persona nacida en Panamá el 1985-03-03
    Y la persona se naturalizó en Estados Unidos el 2015-09-10
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "nacional"
    Y no decide la regla "PA.loss.naturalized_foreign_nationality"

  # --- Casos trabajados de la investigación (regresión, por la línea de comandos) ----------
  # Todos coinciden con la respuesta esperada por la investigación.
  # - PA-012 y PA-013: "indeterminada", como espera la investigación. Antes del contrato del
  #   issue 12 dábamos "condicional" porque la naturalización ordinaria (art. 10 num. 1) les está
  #   abierta (residentes permanentes desde que nacieron) y pasaba delante de la duda. Es una
  #   concesión discrecional (art. 12): ahora no es un estado; decide la duda sobre su
  #   nacimiento (PA.birth.foreign_parents_before_1946_unclear, Constitución de 1941;
  #   PA.birth.foreign_parents_1946_unclear, Constitución de 1946 art. 9 lit. b) y la carta de
  #   naturaleza se lista aparte como vía discrecional.
  # - PA-005: "condicional" también para la investigación, y lo sigue siendo con el contrato
  #   nuevo: la inscripción con domicilio del art. 9 num. 2 da la nacionalidad por derecho propio
  #   (grant: entitlement), no es una naturalización.
  # Precisiones:
  # - PA-003: Francia no es parte del Protocolo de Viena sobre Adquisición de Nacionalidad, así
  #   que el art. 9 num. 1 decide sin duda; para un Estado parte la respuesta sería "indeterminada".
  # - PA-007: "no nacional" porque la opción (2019-06-01) llegó después de cumplir 19 años. Sus
  #   años en Panamá son con permiso temporal, que no cuentan para la naturalización, así que
  #   tampoco se lista la vía de la carta; con residencia permanente se listaría, pero el estado
  #   seguiría siendo "no nacional".
  # - PA-016: "nacional" en derecho; el riesgo práctico de no poder probarlo sin inscripción no lo
  #   mide el motor.

  @caso_trabajado
  Esquema del escenario: Caso trabajado <caso>
    Dado el caso trabajado "<caso>"
    Cuando se evalúa con la línea de comandos
    Entonces la nacionalidad de Panamá es "<estado>"
    Y el riesgo de apatridia es coherente con los estados evaluados

    Ejemplos:
      | caso   | estado        |
      | PA-001 | nacional      |
      | PA-002 | nacional      |
      | PA-003 | nacional      |
      | PA-004 | nacional      |
      | PA-005 | condicional   |
      | PA-007 | no nacional   |
      | PA-008 | no nacional   |
      | PA-010 | indeterminada |
      | PA-011 | nacional      |
      | PA-012 | indeterminada |
      | PA-013 | indeterminada |
      | PA-014 | nacional      |
      | PA-016 | nacional      |

# language: es
@HN
Característica: Honduras — nacionalidad por nacimiento, por naturalización y su pérdida
  Constitución de la República de 1982 (Decreto 131, La Gaceta N° 23,612 de 20-01-1982),
  art. 23 (nacimiento; numeral 2 interpretado por el Decreto 13-2001), art. 24 (naturalización),
  arts. 28 y 29 antes y después de la reforma ratificada por el Decreto 31-2003 (tomada desde el
  02-04-2003), y para nacimientos anteriores la Constitución de 1936, arts. 7 y 10. Los textos de
  1957 y 1965 no se leyeron. Decide el texto vigente en la fecha de nacimiento o del acto.
  Cada escenario describe los hechos, la respuesta esperada y el artículo que la funda.

  # --- Art. 23 numeral 1: ius soli desde 1982 -----------------------------------------------

  @HN.birth.soli
  Escenario: Hijo de una migrante venezolana en tránsito, nacido en Honduras e inscrito tarde
    Dado una persona nacida en Honduras el 2021-09-03
    Y su madre es nacional de Venezuela por nacimiento
    Y la situación de su madre en el país de nacimiento es en tránsito
    Y su padre es desconocido
    Y sus padres no están casados
    Y el nacimiento se inscribió en el Registro Civil de Honduras el 2023-02-20
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Honduras es "nacional"
    Y decide la regla "HN.birth.soli"
    Y la base legal cita "art. 23 numeral 1"
    Y el riesgo de apatridia es "ninguno"

  @HN.birth.soli
  Escenario: Hija de padres apátridas nacida en Honduras: el ius soli no pide nada más
    Dado una persona nacida en Honduras el 2022-12-01
    Y su madre no tiene nacionalidad conocida
    Y la situación de su madre en el país de nacimiento es apátrida
    Y su padre no tiene nacionalidad conocida
    Y la situación de su padre en el país de nacimiento es apátrida
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Honduras es "nacional"
    Y decide la regla "HN.birth.soli"
    Y el riesgo de apatridia es "ninguno"

  @HN.birth.soli
  Escenario: Una renuncia no hace perder la nacionalidad al hondureño por nacimiento (art. 28)
    Dado una persona nacida en Honduras el 1990-03-03
    Y su madre es nacional de Honduras por nacimiento
    Y la persona renunció a la nacionalidad de Honduras el 2020-01-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Honduras es "nacional"
    Y decide la regla "HN.birth.soli"

  @HN.birth.soli @fechas
  Escenario: Nacido en Honduras el 20 de enero de 1982, día de publicación de la Constitución
    Dado una persona nacida en Honduras el 1982-01-20
    Y su madre es nacional de El Salvador por nacimiento
    Y la situación de su madre en el país de nacimiento es en tránsito
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Honduras es "nacional"
    Y decide la regla "HN.birth.soli"

  @HN.birth.texts_1957_1982_unread @fechas
  Escenario: El mismo nacido la víspera, bajo la Constitución de 1965 no leída: indeterminada
    Dado una persona nacida en Honduras el 1982-01-19
    Y su madre es nacional de El Salvador por nacimiento
    Y la situación de su madre en el país de nacimiento es en tránsito
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Honduras es "indeterminada"
    Y decide la regla "HN.birth.texts_1957_1982_unread"
    Y no decide la regla "HN.birth.soli"
    Y la razón menciona "1957"

  # --- Excepción de los hijos de agentes diplomáticos ----------------------------------------

  @HN.birth.diplomat_exception
  Escenario: Hijo de diplomáticos franceses nacido en Honduras: excluido del numeral 1
    Dado una persona nacida en Honduras el 2020-01-15
    Y su madre es nacional de Francia por nacimiento
    Y la situación de su madre en el país de nacimiento es diplomático
    Y su padre es nacional de Francia por nacimiento
    Y la situación de su padre en el país de nacimiento es diplomático
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Honduras es "no nacional"
    Y no decide la regla "HN.birth.soli"
    Y no decide la regla "HN.birth.diplomat_exception"
    Y el riesgo de apatridia es "en riesgo"

  @HN.birth.diplomat_honduran_parent_unclear
  Escenario: Padre diplomático colombiano y madre hondureña por nacimiento: el texto no lo resuelve
    Dado una persona nacida en Honduras el 2019-05-30
    Y su padre es nacional de Colombia por nacimiento
    Y la situación de su padre en el país de nacimiento es diplomático
    Y su madre es nacional de Honduras por nacimiento
    Y sus padres están casados
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Honduras es "indeterminada"
    Y decide la regla "HN.birth.diplomat_honduran_parent_unclear"
    Y no decide la regla "HN.birth.soli"
    Y la razón menciona "diplomático"

  # --- Art. 23 numeral 2: nacidos en el extranjero de progenitor hondureño por nacimiento -----

  @HN.birth.abroad_parent_by_birth
  Escenario: Nacida en Estados Unidos de madre hondureña por nacimiento, padres no casados
    Dado una persona nacida en Estados Unidos el 2010-02-14
    Y su madre es nacional de Honduras por nacimiento
    Y la situación de su madre en el país de nacimiento es irregular
    Y su padre es desconocido
    Y sus padres no están casados
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Honduras es "nacional"
    Y decide la regla "HN.birth.abroad_parent_by_birth"
    Y la base legal cita "art. 23 numeral 2"
    Y la base legal cita "Decreto 13-2001"

  @HN.birth.abroad_parent_by_birth
  Escenario: Segunda generación en el extranjero: el padre hondureño por nacimiento nació en Estados Unidos
    Dado una persona nacida en Estados Unidos el 2012-07-07
    Y su padre es nacional de Honduras por nacimiento
    Y su padre es nacional de Estados Unidos por nacimiento
    Y su padre nació en Estados Unidos
    Y su madre es nacional de Estados Unidos por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Honduras es "nacional"
    Y decide la regla "HN.birth.abroad_parent_by_birth"

  @HN.birth.abroad_parent_by_birth
  Escenario: El padre hondureño la reconoce a los tres años: la filiación establecida basta
    Dado una persona nacida en México el 2012-05-05
    Y su madre es nacional de México por nacimiento
    Y su padre es nacional de Honduras por nacimiento
    Y su padre la reconoció el 2015-03-01
    Y sus padres no están casados
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Honduras es "nacional"
    Y decide la regla "HN.birth.abroad_parent_by_birth"

  @HN.birth.abroad_parent_by_birth
  Escenario: Madre hondureña por naturalización, nacida en Nicaragua: no transmite la nacionalidad
    Dado una persona nacida en España el 2020-01-25
    Y su madre es nacional de Honduras por naturalización desde el 2012-06-01
    Y su madre nació en Nicaragua
    Y su padre es desconocido
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Honduras es "no nacional"
    Y no decide la regla "HN.birth.abroad_parent_by_birth"
    Y el riesgo de apatridia es "en riesgo"

  @HN.birth.abroad_parent_by_birth @fechas
  Escenario: Nacido en el extranjero el 20 de enero de 1982 de madre hondureña: rige el art. 23
    Dado una persona nacida en Guatemala el 1982-01-20
    Y su madre es nacional de Honduras por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Honduras es "nacional"
    Y decide la regla "HN.birth.abroad_parent_by_birth"

  @HN.birth.abroad_parent_by_birth @HN.birth.texts_1957_1982_unread @fechas
  Escenario: Nacido el 19 de enero de 1982 en el extranjero de madre hondureña: texto de 1965 no leído
    Dado una persona nacida en Guatemala el 1982-01-19
    Y su madre es nacional de Honduras por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Honduras es "indeterminada"
    Y no decide la regla "HN.birth.abroad_parent_by_birth"
    Y decide la regla "HN.birth.texts_1957_1982_unread"

  # --- Art. 23 numeral 3: buques y aeronaves ---------------------------------------------------

  @HN.birth.ship_in_waters
  Escenario: Nacida en un buque mercante panameño en aguas hondureñas, de guatemaltecos en tránsito
    Dado una persona nacida el 2019-10-02 a bordo de un buque con bandera de Panamá, en el territorio de Honduras
    Y su madre es nacional de Guatemala por nacimiento
    Y la situación de su madre en el país de nacimiento es en tránsito
    Y su padre es nacional de Guatemala por nacimiento
    Y la situación de su padre en el país de nacimiento es en tránsito
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Honduras es "nacional"
    Y decide la regla "HN.birth.ship_in_waters"
    Y la base legal cita "art. 23 numeral 3"

  @HN.birth.aircraft_in_airspace_unclear
  Escenario: Nacido en un avión estadounidense sobre Honduras: el espacio aéreo no se verificó
    Dado una persona nacida el 2020-06-01 a bordo de un avión con bandera de Estados Unidos, en el territorio de Honduras
    Y su madre es nacional de Cuba por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Honduras es "indeterminada"
    Y decide la regla "HN.birth.aircraft_in_airspace_unclear"
    Y la razón menciona "espacio aéreo"

  @HN.birth.flag_vessel_unclear
  Escenario: Nacido en un buque hondureño en alta mar, de madre apátrida y padre desconocido
    Dado una persona nacida el 2017-04-18 a bordo de un buque con bandera de Honduras, fuera de todo territorio
    Y su madre no tiene nacionalidad conocida
    Y la situación de su madre en el país de nacimiento es apátrida
    Y su padre es desconocido
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Honduras es "indeterminada"
    Y decide la regla "HN.birth.flag_vessel_unclear"
    Y la razón menciona "1961"
    Y el riesgo de apatridia es "en riesgo"

  @HN.birth.flag_vessel_unclear @HN.birth.abroad_parent_by_birth
  Escenario: El mismo buque, de madre hondureña por nacimiento: la transmite por el numeral 2
    Dado una persona nacida el 2017-04-18 a bordo de un buque con bandera de Honduras, fuera de todo territorio
    Y su madre es nacional de Honduras por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Honduras es "nacional"
    Y decide la regla "HN.birth.abroad_parent_by_birth"
    Y no decide la regla "HN.birth.flag_vessel_unclear"

  # --- Art. 23 numeral 4: infante de padres ignorados --------------------------------------

  @HN.birth.foundling
  Escenario: Expósita hallada en Honduras, lugar de nacimiento desconocido
    Dado una persona expósita hallada en Honduras, nacida hacia el 2021-03-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Honduras es "nacional"
    Y decide la regla "HN.birth.foundling"
    Y la base legal cita "art. 23 numeral 4"

  # --- Constitución de 1936, art. 7 --------------------------------------------------------

  @HN.birth.soli_1936
  Escenario: Nacido en Honduras en 1950 de residentes salvadoreños: hondureño natural
    Dado una persona nacida en Honduras el 1950-06-15
    Y su padre es nacional de El Salvador por nacimiento
    Y la situación de su padre en el país de nacimiento es residente permanente
    Y su madre es nacional de El Salvador por nacimiento
    Y la situación de su madre en el país de nacimiento es residente permanente
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Honduras es "nacional"
    Y decide la regla "HN.birth.soli_1936"
    Y la base legal cita "Constitución Política de 1936 (Decreto N° 3), art. 7 numeral 1"

  @HN.birth.soli_1936 @HN.birth.before_1936_unread @fechas
  Escenario: Nacido en Honduras el 15 de abril de 1936, día en que entra en vigor la Constitución
    Dado una persona nacida en Honduras el 1936-04-15
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Honduras es "nacional"
    Y decide la regla "HN.birth.soli_1936"
    Y no decide la regla "HN.birth.before_1936_unread"

  @HN.birth.before_1936_unread @fechas
  Escenario: Nacido en Honduras la víspera, el 14 de abril de 1936: la Constitución de 1924 no se leyó
    Dado una persona nacida en Honduras el 1936-04-14
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Honduras es "indeterminada"
    Y decide la regla "HN.birth.before_1936_unread"
    Y la razón menciona "1924"

  @HN.birth.soli_1936 @fechas
  Escenario: Nacida en Honduras el 18 de diciembre de 1957, último día aplicado del texto de 1936
    Dado una persona nacida en Honduras el 1957-12-18
    Y su madre es nacional de El Salvador por nacimiento
    Y la situación de su madre en el país de nacimiento es residente permanente
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Honduras es "nacional"
    Y decide la regla "HN.birth.soli_1936"

  @HN.birth.texts_1957_1982_unread @fechas
  Escenario: La misma nacida el 19 de diciembre de 1957, bajo la Constitución de 1957 no leída
    Dado una persona nacida en Honduras el 1957-12-19
    Y su madre es nacional de El Salvador por nacimiento
    Y la situación de su madre en el país de nacimiento es residente permanente
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Honduras es "indeterminada"
    Y decide la regla "HN.birth.texts_1957_1982_unread"
    Y no decide la regla "HN.birth.soli_1936"

  @HN.birth.exception_1936
  Escenario: Nacida en Honduras en 1950 de salvadoreños en tránsito, evaluada en 1975: no hondureña
    Dado una persona nacida en Honduras el 1950-06-15
    Y su padre es nacional de El Salvador por nacimiento
    Y la situación de su padre en el país de nacimiento es en tránsito
    Y su madre es nacional de El Salvador por nacimiento
    Y la situación de su madre en el país de nacimiento es en tránsito
    Cuando se evalúa su nacionalidad al 1975-01-01
    Entonces la nacionalidad de Honduras es "no nacional"
    Y no decide la regla "HN.birth.soli_1936"
    Y no decide la regla "HN.birth.exception_1936"

  @HN.birth.exception_1936
  Escenario: Madre hondureña y padre salvadoreño en tránsito: la excepción no se aplica
    Dado una persona nacida en Honduras el 1950-06-15
    Y su padre es nacional de El Salvador por nacimiento
    Y la situación de su padre en el país de nacimiento es en tránsito
    Y su madre es nacional de Honduras por nacimiento
    Cuando se evalúa su nacionalidad al 1975-01-01
    Entonces la nacionalidad de Honduras es "nacional"
    Y decide la regla "HN.birth.soli_1936"
    Y no decide la regla "HN.birth.exception_1936"

  @HN.birth.excluded_1936_after_1982_unclear @fechas
  Escenario: La hija de transeúntes de 1950, evaluada desde el 20 de enero de 1982: indeterminada
    Dado una persona nacida en Honduras el 1950-06-15
    Y su padre es nacional de El Salvador por nacimiento
    Y la situación de su padre en el país de nacimiento es en tránsito
    Y su madre es nacional de El Salvador por nacimiento
    Y la situación de su madre en el país de nacimiento es en tránsito
    Cuando se evalúa su nacionalidad al 1982-01-20
    Entonces la nacionalidad de Honduras es "indeterminada"
    Y decide la regla "HN.birth.excluded_1936_after_1982_unclear"
    Y la razón menciona "transeúntes"

  @HN.birth.excluded_1936_after_1982_unclear @fechas
  Escenario: La misma evaluada la víspera, el 19 de enero de 1982: no hondureña
    Dado una persona nacida en Honduras el 1950-06-15
    Y su padre es nacional de El Salvador por nacimiento
    Y la situación de su padre en el país de nacimiento es en tránsito
    Y su madre es nacional de El Salvador por nacimiento
    Y la situación de su madre en el país de nacimiento es en tránsito
    Cuando se evalúa su nacionalidad al 1982-01-19
    Entonces la nacionalidad de Honduras es "no nacional"
    Y no decide la regla "HN.birth.excluded_1936_after_1982_unclear"

  @HN.birth.vessel_1936_unclear
  Escenario: Nacido en 1950 en un buque estadounidense en aguas hondureñas: el texto de 1936 calla
    Dado una persona nacida el 1950-06-01 a bordo de un buque con bandera de Estados Unidos, en el territorio de Honduras
    Y su madre es nacional de Estados Unidos por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Honduras es "indeterminada"
    Y decide la regla "HN.birth.vessel_1936_unclear"

  @HN.birth.abroad_1936
  Escenario: Nacido en Guatemala en 1950 de padre hondureño, reside en Honduras desde 1956: hondureño
    Dado una persona nacida en Guatemala el 1950-09-09
    Y su padre es nacional de Honduras por nacimiento
    Y su madre es nacional de Guatemala por nacimiento
    Y sus padres están casados
    Y la persona reside en Honduras desde el 1956-02-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Honduras es "nacional"
    Y decide la regla "HN.birth.abroad_1936"
    Y la base legal cita "art. 7 numeral 2"

  # Art. 7.2 de 1936: la nacionalidad nace del hecho de residir en Honduras, sin decisión de
  # ninguna autoridad: un derecho (grant: entitlement), por eso sí es un estado "condicional".
  @HN.birth.abroad_1936
  Escenario: El mismo evaluado en 1955, antes de residir en Honduras: condicional a la residencia
    Dado una persona nacida en Guatemala el 1950-09-09
    Y su padre es nacional de Honduras por nacimiento
    Y su madre es nacional de Guatemala por nacimiento
    Cuando se evalúa su nacionalidad al 1955-01-01
    Entonces la nacionalidad de Honduras es "condicional"
    Y decide la regla "HN.birth.abroad_1936"
    Y queda pendiente "residence" por la propia persona
    Y no queda ninguna vía discrecional

  @HN.birth.central_american_1936_unclear
  Escenario: Salvadoreño de origen residente en Honduras desde 1940, evaluado en 1970 (art. 10 de 1936)
    Dado una persona nacida en El Salvador el 1920-05-05
    Y su padre es nacional de El Salvador por nacimiento
    Y la persona reside en Honduras desde el 1940-01-01
    Cuando se evalúa su nacionalidad al 1970-01-01
    Entonces la nacionalidad de Honduras es "indeterminada"
    Y decide la regla "HN.birth.central_american_1936_unclear"
    Y la razón menciona "centroamericanas"

  # --- 1957-1982: textos no leídos ---------------------------------------------------------

  @HN.birth.soli_honduran_parent_1957
  Escenario: Nacida en Honduras en 1962 de padres hondureños (confianza baja)
    Dado una persona nacida en Honduras el 1962-02-02
    Y su madre es nacional de Honduras por nacimiento
    Y su padre es nacional de Honduras por nacimiento
    Cuando se evalúa su nacionalidad al 1990-01-01
    Entonces la nacionalidad de Honduras es "nacional"
    Y decide la regla "HN.birth.soli_honduran_parent_1957"

  @HN.birth.texts_1957_1982_unread
  Escenario: Nacido en Guatemala en 1970 de madre hondureña: revisión manual
    Dado una persona nacida en Guatemala el 1970-03-01
    Y su madre es nacional de Honduras por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Honduras es "indeterminada"
    Y decide la regla "HN.birth.texts_1957_1982_unread"

  # --- Naturalización (art. 24) ------------------------------------------------------------

  @HN.naturalization.carta
  Escenario: Nicaragüense residente desde 2010, naturalizado en 2016: hondureño por naturalización
    Dado una persona nacida en Nicaragua el 1980-05-05
    Y la persona reside en Honduras desde el 2010-01-01 como residente permanente
    Y la persona se naturalizó en Honduras el 2016-03-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Honduras es "nacional"
    Y decide la regla "HN.naturalization.carta"

  # Naturalización (art. 24 numerales 1, 2, 3 y 6): la Secretaría de Gobernación concede o deniega
  # la carta tras valorar las condiciones de la Ley de Migración y Extranjería (conducta, medios de
  # vida, conocimientos); GLOBALCIT la codifica "Grant (discretionary)". Es una vía, nunca un
  # estado: quien solo puede naturalizarse es "no nacional" y el riesgo no baja (contrato, issue 12).
  # La vía se abre cuando se cumple su último requisito: la residencia o los 18 años.

  @HN.naturalization.residence
  Escenario: Refugiado nacido en Haití de padres sin nacionalidad conocida: la vía general, sin facilidades
    Dado una persona nacida en Haití el 1990-01-01
    Y su madre no tiene nacionalidad conocida
    Y su padre no tiene nacionalidad conocida
    Y la persona reside en Honduras desde el 2023-03-01 como refugiado
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Honduras es "no nacional"
    Y no decide la regla "HN.naturalization.residence"
    Y queda la vía discrecional de la regla "HN.naturalization.residence" desde el 2026-03-01
    # Haití (issue 13) ofrece al nacido en su territorio de padres desconocidos o apátridas una
    # declaración (decreto de 1984, art. 4): queda pendiente allí, no aquí
    Y la nacionalidad de Haití es "condicional"
    Y el riesgo de apatridia es "en riesgo"

  @HN.naturalization.residence @fechas
  Escenario: Residente permanente desde el 1 de junio de 2022, evaluado el 31 de mayo de 2025
    Dado una persona nacida en Haití el 1985-08-08
    Y la persona reside en Honduras desde el 2022-06-01 como residente permanente
    Cuando se evalúa su nacionalidad al 2025-05-31
    Entonces la nacionalidad de Honduras es "no nacional"
    Y queda la vía discrecional de la regla "HN.naturalization.residence" desde el 2025-06-01

  @HN.naturalization.residence
  Escenario: Diez años en situación irregular no cuentan como residencia: ninguna vía abierta
    Dado una persona nacida en Haití el 1985-08-08
    Y la persona reside en Honduras desde el 2015-01-01 como irregular
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Honduras es "no nacional"
    Y no decide la regla "HN.naturalization.residence"
    # Haití (issue 13) ofrece al nacido en su territorio de padres desconocidos o apátridas una
    # declaración (decreto de 1984, art. 4): queda pendiente allí, no aquí
    Y la nacionalidad de Haití es "condicional"
    Y no queda ninguna vía discrecional

  @HN.naturalization.central_american
  Escenario: Salvadoreña residente temporal desde septiembre de 2024: la vía centroamericana se abre al año
    Dado una persona nacida en El Salvador el 1995-03-10
    Y la persona reside en Honduras desde el 2024-09-01 como residente temporal
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Honduras es "no nacional"
    Y queda la vía discrecional de la regla "HN.naturalization.central_american" desde el 2025-09-01
    Y no decide la regla "HN.naturalization.central_american"

  @HN.naturalization.spanish_iberoamerican
  Escenario: Colombiano con dos años de residencia: puede solicitarla, pero una vía no reduce el riesgo
    Dado una persona nacida en Colombia el 1990-07-01
    Y la persona reside en Honduras desde el 2023-01-15 como residente permanente
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Honduras es "no nacional"
    Y queda la vía discrecional de la regla "HN.naturalization.spanish_iberoamerican" desde el 2025-01-15
    Y no queda nada pendiente
    Y el riesgo de apatridia es "en riesgo"

  # El motor solo evalúa Honduras si los hechos lo nombran (nacimiento, progenitores, actos,
  # residencia): la nacionalidad del cónyuge no basta, por eso el caso incluye la residencia.
  # La vía del cónyuge no tiene plazo de residencia: el motor la abre a los 18 años (2008-04-04),
  # antes del matrimonio, porque el matrimonio es una condición de la regla y no un requisito con
  # fecha; por eso aquí no se afirma la fecha (ver el informe del issue 12).
  @HN.naturalization.spouse
  Escenario: Mexicana casada con un hondureño: puede solicitar la naturalización sin plazo de residencia
    Dado una persona nacida en México el 1990-04-04
    Y la persona se casó con un nacional de Honduras el 2020-02-14
    Y la persona reside en Honduras desde el 2025-01-10 como residente temporal
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Honduras es "no nacional"
    Y queda la vía discrecional de la regla "HN.naturalization.spouse"
    Y queda la vía discrecional de la regla "HN.naturalization.spanish_iberoamerican" desde el 2027-01-10
    Y el riesgo de apatridia es "ninguno"

  # --- Pérdida (arts. 28 y 29) --------------------------------------------------------------

  @HN.loss.foreign_naturalization_1982
  Escenario: Nicaragüense naturalizado en Honduras en 1985 que se naturaliza en Estados Unidos en 1995
    Dado una persona nacida en Nicaragua el 1960-01-10
    Y la persona se naturalizó en Honduras el 1985-01-01
    Y la persona se naturalizó en Estados Unidos el 1995-01-01
    Cuando se evalúa su nacionalidad al 2000-01-01
    Entonces la nacionalidad de Honduras es "no nacional"
    Y decide la regla "HN.loss.foreign_naturalization_1982"

  @HN.loss.foreign_naturalization_1982
  Escenario: Hondureña por nacimiento naturalizada en España en 1996: el Convenio de 1966 la ampara
    Dado una persona nacida en Honduras el 1962-02-02
    Y su madre es nacional de Honduras por nacimiento
    Y la persona se naturalizó en España el 1996-05-20
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Honduras es "nacional"
    Y no decide la regla "HN.loss.foreign_naturalization_1982"
    Y decide la regla "HN.birth.soli_honduran_parent_1957"

  # Art. 29 original: la nacionalidad "se recupera cuando" el interesado se domicilia en Honduras y
  # declara su voluntad; ninguna autoridad la concede ni la valora: un derecho (grant: entitlement),
  # no una naturalización. Redacción tomada de una fuente secundaria (confianza media).
  @HN.loss.recovery_open_before_2003
  Escenario: Hondureña por nacimiento naturalizada en Estados Unidos en 1996, evaluada en 2000
    Dado una persona nacida en Honduras el 1962-02-02
    Y su madre es nacional de Honduras por nacimiento
    Y su padre es nacional de Honduras por nacimiento
    Y la persona reside en Estados Unidos desde el 1986-01-01
    Y la persona se naturalizó en Estados Unidos el 1996-05-20
    Cuando se evalúa su nacionalidad al 2000-01-01
    Entonces la nacionalidad de Honduras es "condicional"
    Y decide la regla "HN.loss.recovery_open_before_2003"
    Y queda pendiente "domicile" por la propia persona
    Y queda pendiente "recovery_application" por la propia persona desde el 1980-02-02
    Y no queda ninguna vía discrecional

  @HN.loss.recovery_application
  Escenario: La misma volvió a Honduras en 1998 y declaró en 1999: recuperó la nacionalidad
    Dado una persona nacida en Honduras el 1962-02-02
    Y su madre es nacional de Honduras por nacimiento
    Y la persona se naturalizó en Estados Unidos el 1996-05-20
    Y la persona reside en Honduras desde el 1998-01-01
    Y la persona declaró ante Honduras su nacionalidad de origen el 1999-05-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Honduras es "nacional"
    Y decide la regla "HN.loss.recovery_application"

  @HN.loss.reform_2003_earlier_losses_unclear
  Escenario: La misma sin recuperarla, evaluada en 2025: no se sabe si la reforma la restituyó
    Dado una persona nacida en Honduras el 1962-02-02
    Y su madre es nacional de Honduras por nacimiento
    Y la persona se naturalizó en Estados Unidos el 1996-05-20
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Honduras es "indeterminada"
    Y decide la regla "HN.loss.reform_2003_earlier_losses_unclear"
    Y la razón menciona "2003"

  @HN.loss.reform_2003_earlier_losses_unclear @HN.loss.foreign_naturalization_1982 @fechas
  Escenario: Naturalizada en Estados Unidos el 1 de abril de 2003, víspera de la fecha tomada para la reforma
    Dado una persona nacida en Honduras el 1962-02-02
    Y su madre es nacional de Honduras por nacimiento
    Y la persona se naturalizó en Estados Unidos el 2003-04-01
    Cuando se evalúa su nacionalidad al 2010-01-01
    Entonces la nacionalidad de Honduras es "indeterminada"
    Y decide la regla "HN.loss.reform_2003_earlier_losses_unclear"
    Y no decide la regla "HN.loss.foreign_naturalization_1982"

  @HN.loss.foreign_naturalization_1982 @fechas
  Escenario: Naturalizada en Estados Unidos el 2 de abril de 2003: ya conserva la nacionalidad
    Dado una persona nacida en Honduras el 1962-02-02
    Y su madre es nacional de Honduras por nacimiento
    Y la persona se naturalizó en Estados Unidos el 2003-04-02
    Cuando se evalúa su nacionalidad al 2010-01-01
    Entonces la nacionalidad de Honduras es "nacional"
    Y no decide la regla "HN.loss.foreign_naturalization_1982"

  @HN.loss.naturalized_foreign_naturalization
  Escenario: Nicaragüense naturalizado en Honduras en 2000 que se naturaliza en Estados Unidos en 2010
    Dado una persona nacida en Nicaragua el 1970-03-03
    Y la persona se naturalizó en Honduras el 2000-06-01
    Y la persona se naturalizó en Estados Unidos el 2010-06-01
    Cuando se evalúa su nacionalidad al 2015-01-01
    Entonces la nacionalidad de Honduras es "no nacional"
    Y decide la regla "HN.loss.naturalized_foreign_naturalization"

  @HN.loss.naturalized_foreign_naturalization
  Escenario: El naturalizado que se naturaliza en España también la pierde: el Convenio no lo ampara
    Dado una persona nacida en Nicaragua el 1970-03-03
    Y la persona se naturalizó en Honduras el 2000-06-01
    Y la persona se naturalizó en España el 2010-06-01
    Cuando se evalúa su nacionalidad al 2015-01-01
    Entonces la nacionalidad de Honduras es "no nacional"
    Y decide la regla "HN.loss.naturalized_foreign_naturalization"

  @HN.loss.carta_cancelled
  Escenario: Cancelación de la carta de naturalización de un nicaragüense: Honduras la retira, Nicaragua no la perdió
    Dado una persona nacida en Nicaragua el 1975-04-04
    Y la persona se naturalizó en Honduras el 2005-01-01
    Y Honduras declaró la pérdida de su nacionalidad el 2015-03-01
    Cuando se evalúa su nacionalidad al 2020-01-01
    Entonces la nacionalidad de Honduras es "no nacional"
    Y decide la regla "HN.loss.carta_cancelled"
    Y no decide la regla "HN.naturalization.carta"
    # Nicaragua (paquete, issue 13) no la retiró: naturalizarse en otro Estado centroamericano
    # no la hacía perder (Constitución de 1987, art. 20 original)
    Y la nacionalidad de Nicaragua es "nacional"
    Y el riesgo de apatridia es "ninguno"

  # --- Casos trabajados de la investigación (regresión, por la línea de comandos) ----------
  # Todos coinciden con la respuesta esperada, salvo uno:
  # - HN-014: la investigación espera "condicional" (confirmar si la reforma de 2003 restituye,
  #   o recuperar por domicilio y declaración según el art. 29 original). Respondemos
  #   "indeterminada": la reforma derogó ese procedimiento de recuperación, de modo que después
  #   de 2003 no hay acto previsto en la ley que ofrecer como condición, y no se determinó si
  #   el nuevo art. 28 ("lo conservan") restituyó a quienes la perdieron antes
  #   (regla HN.loss.reform_2003_earlier_losses_unclear). Si la recuperó antes de la reforma,
  #   respondemos "nacional" (HN.loss.recovery_application). El contrato del issue 12 no cambia
  #   esta fila: el "condicional" de la investigación se refiere a una recuperación por domicilio
  #   y declaración (un derecho, no una naturalización discrecional), y tampoco hay hoy una vía
  #   discrecional que listar, porque el art. 29 original ya no rige.
  # - HN-013: coincidimos ("nacional"); el motor fecha la nacionalidad al nacimiento, la
  #   Constitución de 1936 la da desde que reside en Honduras (1956).
  # - HN-004, HN-011 y HN-012 son "indeterminada" como en la investigación, con las razones
  #   de sus reglas.

  @caso_trabajado
  Esquema del escenario: Caso trabajado <caso>
    Dado el caso trabajado "<caso>"
    Cuando se evalúa con la línea de comandos
    Entonces la nacionalidad de Honduras es "<estado>"
    Y el riesgo de apatridia es coherente con los estados evaluados

    Ejemplos:
      | caso   | estado        |
      | HN-001 | nacional      |
      | HN-002 | nacional      |
      | HN-004 | indeterminada |
      | HN-005 | nacional      |
      | HN-007 | no nacional   |
      | HN-008 | nacional      |
      | HN-010 | nacional      |
      | HN-011 | indeterminada |
      | HN-012 | indeterminada |
      | HN-013 | nacional      |
      | HN-014 | indeterminada |
      | HN-016 | nacional      |

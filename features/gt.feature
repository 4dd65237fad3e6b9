# language: es
@GT
Característica: Guatemala — nacionalidad de origen, naturalización, pérdida y recuperación
  Constitución Política de 1985 (en vigor el 14-01-1986): art. 144 (guatemaltecos de origen:
  nacidos en el territorio, en naves y aeronaves guatemaltecas, hijos de padre o madre
  guatemaltecos nacidos en el extranjero; excepto hijos de diplomáticos), art. 142 (territorio),
  art. 145 y transitorio 19 (centroamericanos y beliceños de origen), art. 146 (naturalización).
  Ley de Nacionalidad, Decreto 1613 (1966), art. 3 reformado por Decreto 86-96 (1996).
  Los textos anteriores a 1986 no se leyeron: los nacimientos anteriores se resuelven con
  confianza baja o como indeterminados.

  # --- Art. 144: nacidos en el territorio (ius soli incondicional) ------------------------

  @GT.birth.jus_soli
  Escenario: Hija de hondureños en situación irregular, padres no casados, nacida en Guatemala
    Dado una persona nacida en Guatemala el 2015-08-14
    Y su madre es nacional de Honduras por nacimiento
    Y la situación de su madre en el país de nacimiento es irregular
    Y su padre es nacional de Honduras por nacimiento
    Y la situación de su padre en el país de nacimiento es irregular
    Y sus padres no están casados
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "nacional"
    Y decide la regla "GT.birth.jus_soli"
    Y la base legal cita "art. 144"
    Y el riesgo de apatridia es "ninguno"

  @GT.birth.jus_soli
  Escenario: Hijo de padres apátridas en tránsito, nacido en Guatemala y nunca inscrito
    Dado una persona nacida en Guatemala el 2023-03-02
    Y su madre no tiene nacionalidad conocida
    Y la situación de su madre en el país de nacimiento es en tránsito
    Y su padre no tiene nacionalidad conocida
    Y la situación de su padre en el país de nacimiento es apátrida
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "nacional"
    Y decide la regla "GT.birth.jus_soli"
    Y no queda nada pendiente

  @GT.birth.jus_soli @GT.birth.jus_soli_before_1986 @fechas
  Escenario: Nacido en Guatemala el 14 de enero de 1986, día en que entra en vigor la Constitución
    Dado una persona nacida en Guatemala el 1986-01-14
    Y su madre es nacional de México por nacimiento
    Cuando se evalúa su nacionalidad al 2000-01-01
    Entonces la nacionalidad de Guatemala es "nacional"
    Y decide la regla "GT.birth.jus_soli"
    Y no decide la regla "GT.birth.jus_soli_before_1986"

  # --- Art. 142: aguas y espacio aéreo; art. 144: naves y aeronaves guatemaltecas ---------

  @GT.birth.vessel_in_territory
  Escenario: Nacida en un avión panameño sobre territorio guatemalteco, de padres mexicanos en tránsito
    Dado una persona nacida el 2021-07-09 a bordo de un avión con bandera de Panamá, en el territorio de Guatemala
    Y su madre es nacional de México por nacimiento
    Y la situación de su madre en el país de nacimiento es en tránsito
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "nacional"
    Y decide la regla "GT.birth.vessel_in_territory"
    Y la base legal cita "art. 142"

  @GT.birth.flag_vessel
  Escenario: Nacido a bordo de un buque guatemalteco en alta mar, de padres hondureños
    Dado una persona nacida el 2020-06-01 a bordo de un buque con bandera de Guatemala, fuera de todo territorio
    Y su madre es nacional de Honduras por nacimiento
    Y su padre es nacional de Honduras por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "nacional"
    Y decide la regla "GT.birth.flag_vessel"

  @GT.birth.flag_vessel_before_1986_unclear
  Escenario: Lo mismo en 1980: no se leyó la norma anterior a 1986 sobre naves guatemaltecas
    Dado una persona nacida el 1980-06-01 a bordo de un buque con bandera de Guatemala, fuera de todo territorio
    Y su madre es nacional de Honduras por nacimiento
    Y su padre es nacional de Honduras por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "indeterminada"
    Y decide la regla "GT.birth.flag_vessel_before_1986_unclear"
    Y la razón menciona "naves o aeronaves guatemaltecas"

  # --- Art. 144, segunda oración: hijos de funcionarios diplomáticos ----------------------

  # Revisión independiente (issue 12): este niño (caso GT-004) salía "condicional" por la
  # naturalización ordinaria. Una naturalización es una vía discrecional, no un estado: ahora es
  # "no nacional", con la vía listada y el riesgo sin rebajar. Se eligió "no nacional" y no
  # "indeterminada": la excepción del art. 144 es expresa y no hay salvaguardia interna; el art. 1
  # de la Convención de 1961 y el art. 20(2) de la Convención Americana (por el art. 46) son un
  # argumento de defensa, pero el art. 1 remite al derecho interno el modo de conceder, que
  # Guatemala no ha regulado, y no se halló práctica ni jurisprudencia que los aplique contra la
  # excepción. La investigación también responde "no nacional". El riesgo es "en riesgo" porque la
  # ley de Catar (QA, solo ilustrativa) no está codificada.

  @GT.birth.diplomat_exception
  Escenario: Hijo de diplomática extranjera y padre apátrida nacido en Guatemala: sin ius soli
    Dado una persona nacida en Guatemala el 2019-09-12
    Y su madre es nacional de QA por nacimiento
    Y la situación de su madre en el país de nacimiento es diplomático
    Y su padre no tiene nacionalidad conocida
    Y la situación de su padre en el país de nacimiento es apátrida
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "no nacional"
    Y no decide la regla "GT.birth.jus_soli"
    Y no decide la regla "GT.birth.diplomat_exception"
    Y explica que la regla "GT.birth.jus_soli" no se aplica porque "GT.birth.diplomat_exception"
    Y no queda nada pendiente
    Y no queda ninguna vía discrecional
    Y el riesgo de apatridia es "en riesgo"

  @GT.birth.diplomat_exception @GT.naturalization.ordinary
  Escenario: El mismo niño, residente en Guatemala desde su nacimiento: no nacional; la naturalización es solo una vía discrecional
    Dado una persona nacida en Guatemala el 2019-09-12
    Y su madre es nacional de QA por nacimiento
    Y la situación de su madre en el país de nacimiento es diplomático
    Y su padre no tiene nacionalidad conocida
    Y la situación de su padre en el país de nacimiento es apátrida
    Y la persona reside en Guatemala desde el 2019-09-12 como residente temporal
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "no nacional"
    Y no decide la regla "GT.birth.jus_soli"
    Y no decide la regla "GT.birth.diplomat_exception"
    Y explica que la regla "GT.birth.jus_soli" no se aplica porque "GT.birth.diplomat_exception"
    Y no queda nada pendiente
    Y queda la vía discrecional de la regla "GT.naturalization.ordinary" desde el 2037-09-12
    Y el riesgo de apatridia es "en riesgo"

  @GT.birth.diplomat_exception @GT.birth.flag_vessel
  Escenario: Hija de diplomáticos franceses nacida en un buque guatemalteco en puerto guatemalteco
    Dado una persona nacida el 2018-02-01 a bordo de un buque con bandera de Guatemala, en el territorio de Guatemala
    Y su madre es nacional de Francia por nacimiento
    Y la situación de su madre en el país de nacimiento es diplomático
    Y su padre es nacional de Francia por nacimiento
    Y la situación de su padre en el país de nacimiento es diplomático
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "no nacional"
    Y no decide la regla "GT.birth.flag_vessel"
    Y no decide la regla "GT.birth.diplomat_exception"

  @GT.birth.diplomat_guatemalan_parent_unclear
  Escenario: Madre guatemalteca y padre diplomático francés, hija nacida en Guatemala: texto ambiguo
    Dado una persona nacida en Guatemala el 2020-02-20
    Y su madre es nacional de Guatemala por nacimiento
    Y su padre es nacional de Francia por nacimiento
    Y la situación de su padre en el país de nacimiento es diplomático
    Y sus padres están casados
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "indeterminada"
    Y decide la regla "GT.birth.diplomat_guatemalan_parent_unclear"
    Y no decide la regla "GT.birth.jus_soli"
    Y la razón menciona "hijos de funcionarios diplomáticos"

  @GT.birth.diplomat_before_1986_unclear @fechas
  Escenario: Hijo de diplomáticos franceses nacido en Guatemala el 13 de enero de 1986
    Dado una persona nacida en Guatemala el 1986-01-13
    Y su madre es nacional de Francia por nacimiento
    Y la situación de su madre en el país de nacimiento es diplomático
    Cuando se evalúa su nacionalidad al 2000-01-01
    Entonces la nacionalidad de Guatemala es "indeterminada"
    Y decide la regla "GT.birth.diplomat_before_1986_unclear"
    Y no decide la regla "GT.birth.jus_soli_before_1986"

  @GT.birth.diplomat_exception @fechas
  Escenario: El mismo nacido el 14 de enero de 1986: rige ya la excepción del art. 144
    Dado una persona nacida en Guatemala el 1986-01-14
    Y su madre es nacional de Francia por nacimiento
    Y la situación de su madre en el país de nacimiento es diplomático
    Cuando se evalúa su nacionalidad al 2000-01-01
    Entonces la nacionalidad de Guatemala es "no nacional"
    Y no decide la regla "GT.birth.diplomat_before_1986_unclear"
    Y no decide la regla "GT.birth.diplomat_exception"

  # --- Art. 144: hijos de padre o madre guatemaltecos nacidos en el extranjero ------------

  @GT.birth.descent_abroad
  Escenario: Nacida en Estados Unidos de madre guatemalteca soltera, padre desconocido
    Dado una persona nacida en Estados Unidos el 2016-04-22
    Y su madre es nacional de Guatemala por nacimiento
    Y la situación de su madre en el país de nacimiento es irregular
    Y su padre es desconocido
    Y sus padres no están casados
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "nacional"
    Y decide la regla "GT.birth.descent_abroad"
    Y no queda nada pendiente

  @GT.birth.descent_abroad
  Escenario: Nacido en Estados Unidos de madre guatemalteca por naturalización desde 2005, nunca inscrito
    Dado una persona nacida en Estados Unidos el 2010-12-01
    Y su madre es nacional de El Salvador por nacimiento
    Y su madre es nacional de Guatemala por naturalización desde el 2005-06-01
    Y su padre es nacional de El Salvador por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "nacional"
    Y decide la regla "GT.birth.descent_abroad"

  @GT.birth.descent_abroad
  Escenario: La madre se naturalizó guatemalteca después del nacimiento: no transmite
    Dado una persona nacida en Estados Unidos el 2010-12-01
    Y su madre es nacional de El Salvador por nacimiento
    Y su madre es nacional de Guatemala por naturalización desde el 2012-01-15
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "no nacional"
    Y no decide la regla "GT.birth.descent_abroad"

  @GT.birth.descent_abroad
  Escenario: Hijo de diplomático guatemalteco nacido en México: la excepción no alcanza a los nacidos fuera
    Dado una persona nacida en México el 2012-05-05
    Y su padre es nacional de Guatemala por nacimiento
    Y la situación de su padre en el país de nacimiento es diplomático
    Y su madre es nacional de Guatemala por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "nacional"
    Y decide la regla "GT.birth.descent_abroad"

  @GT.birth.descent_abroad @fechas
  Escenario: Nacido en Canadá el 14 de enero de 1986 de padre guatemalteco: art. 144 sin condiciones
    Dado una persona nacida en Canadá el 1986-01-14
    Y su padre es nacional de Guatemala por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "nacional"
    Y decide la regla "GT.birth.descent_abroad"
    Y no decide la regla "GT.birth.descent_abroad_earlier_births"

  # --- Filiación no establecida ---------------------------------------------------------

  @GT.birth.parentage_pending
  Escenario: Nacido en República Dominicana de madre apátrida; el padre guatemalteco no lo reconoció
    Dado una persona nacida en DO el 2019-06-30
    Y su madre no tiene nacionalidad conocida
    Y la situación de su madre en el país de nacimiento es apátrida
    Y su padre es desconocido
    Y su padre es nacional de Guatemala por nacimiento
    Y sus padres no están casados
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "condicional"
    Y queda pendiente "paternity_acknowledgement" por el progenitor
    Y el riesgo de apatridia es "en riesgo"

  @GT.birth.parentage_pending @GT.birth.descent_abroad
  Escenario: El padre guatemalteco lo reconoce en 2024: guatemalteco de origen por el art. 144
    Dado una persona nacida en DO el 2019-06-30
    Y su madre no tiene nacionalidad conocida
    Y su padre es nacional de Guatemala por nacimiento
    Y su padre la reconoció el 2024-02-10
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "nacional"
    Y decide la regla "GT.birth.descent_abroad"
    Y no decide la regla "GT.birth.parentage_pending"

  # --- Progenitor naturalizado en el extranjero antes de la reforma de 1996 ---------------

  @GT.birth.parent_naturalized_abroad_unclear
  Escenario: Nacido en Estados Unidos en 2005; el padre guatemalteco se naturalizó estadounidense en 1990
    Dado una persona nacida en Estados Unidos el 2005-03-01
    Y su padre es nacional de Guatemala por nacimiento
    Y su padre es nacional de Estados Unidos por naturalización desde el 1990-07-04
    Y su madre es nacional de Estados Unidos por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "indeterminada"
    Y decide la regla "GT.birth.parent_naturalized_abroad_unclear"
    Y no decide la regla "GT.birth.descent_abroad"
    Y la razón menciona "Decreto 86-96"

  @GT.birth.parent_naturalized_abroad_unclear @fechas
  Escenario: El padre se naturalizó el 22 de octubre de 1996, después de la sanción de la reforma
    Dado una persona nacida en Estados Unidos el 2005-03-01
    Y su padre es nacional de Guatemala por nacimiento
    Y su padre es nacional de Estados Unidos por naturalización desde el 1996-10-22
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "nacional"
    Y decide la regla "GT.birth.descent_abroad"
    Y no decide la regla "GT.birth.parent_naturalized_abroad_unclear"

  @GT.birth.parent_naturalized_abroad_unclear
  Escenario: Si la madre también es guatemalteca, transmite ella y la duda sobre el padre no importa
    Dado una persona nacida en Estados Unidos el 2005-03-01
    Y su padre es nacional de Guatemala por nacimiento
    Y su padre es nacional de Estados Unidos por naturalización desde el 1990-07-04
    Y su madre es nacional de Guatemala por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "nacional"
    Y decide la regla "GT.birth.descent_abroad"
    Y no decide la regla "GT.birth.parent_naturalized_abroad_unclear"

  # --- Expósitos (Convención de 1961, art. 2, por el art. 46 de la Constitución) ----------
  # Guatemala se adhirió a la Convención el 19-07-2001 (ACNUR); rige para ella desde el 17-10-2001
  # (art. 18(2)). El art. 2 solo ampara a los expósitos HALLADOS desde esa fecha (art. 12(3)):
  # el nacido desde el 17-10-2001 lo está siempre; del nacido antes no consta cuándo fue hallado,
  # y no se halló presunción interna de nacimiento en el territorio: queda indeterminado (con la
  # razón), salvo que se sepa que nació en Guatemala (ius soli, art. 144). Antes la regla tomaba
  # la fecha de la evaluación y hacía guatemalteco a cualquier expósito evaluado desde 2001:
  # corregido tras una revisión independiente.

  @GT.birth.foundling
  Escenario: Expósita hallada en la Ciudad de Guatemala, lugar de nacimiento desconocido
    Dado una persona expósita hallada en Guatemala, nacida hacia el 2022-05-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "nacional"
    Y decide la regla "GT.birth.foundling"
    Y la base legal cita "art. 2"
    Y el riesgo de apatridia es "ninguno"

  @GT.birth.foundling_before_convention_unclear @GT.birth.foundling
  Escenario: Expósito nacido hacia 1995, hallado en Guatemala: la Convención solo ampara a los hallados desde el 17-10-2001
    Dado una persona expósita hallada en Guatemala, nacida hacia el 1995-01-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "indeterminada"
    Y decide la regla "GT.birth.foundling_before_convention_unclear"
    Y no decide la regla "GT.birth.foundling"
    Y la razón menciona "art. 12(3)"
    Y la razón menciona "fecha en que fue hallado"
    Y el riesgo de apatridia es "en riesgo"

  @GT.birth.foundling_before_convention_unclear @fechas
  Escenario: Expósito nacido hacia el 16 de octubre de 2001, víspera de la entrada en vigor: pudo ser hallado antes
    Dado una persona expósita hallada en Guatemala, nacida hacia el 2001-10-16
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "indeterminada"
    Y decide la regla "GT.birth.foundling_before_convention_unclear"
    Y no decide la regla "GT.birth.foundling"

  @GT.birth.foundling @GT.birth.foundling_before_convention_unclear @fechas
  Escenario: Expósito nacido hacia el 17 de octubre de 2001: hallado necesariamente bajo la Convención
    Dado una persona expósita hallada en Guatemala, nacida hacia el 2001-10-17
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "nacional"
    Y decide la regla "GT.birth.foundling"
    Y no decide la regla "GT.birth.foundling_before_convention_unclear"

  # --- Nacimientos anteriores a la Constitución de 1985 -------------------------------------

  @GT.birth.jus_soli_before_1986
  Escenario: Nacida en Guatemala en 1970 de padres mexicanos residentes permanentes
    Dado una persona nacida en Guatemala el 1970-09-09
    Y su madre es nacional de México por nacimiento
    Y la situación de su madre en el país de nacimiento es residente permanente
    Y su padre es nacional de México por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "nacional"
    Y decide la regla "GT.birth.jus_soli_before_1986"
    Y no decide la regla "GT.birth.jus_soli"

  @GT.birth.jus_soli_before_1986 @fechas
  Escenario: Nacido en Guatemala el 13 de enero de 1986, víspera de la Constitución
    Dado una persona nacida en Guatemala el 1986-01-13
    Y su madre es nacional de México por nacimiento
    Cuando se evalúa su nacionalidad al 2000-01-01
    Entonces la nacionalidad de Guatemala es "nacional"
    Y decide la regla "GT.birth.jus_soli_before_1986"
    Y no decide la regla "GT.birth.jus_soli"

  @GT.birth.descent_abroad_before_1986_unclear
  Escenario: Nacida en Belice en 1962 de padre guatemalteco, evaluada en 1980: ley de entonces no leída
    Dado una persona nacida en Belice el 1962-03-15
    Y su padre es nacional de Guatemala por nacimiento
    Y su madre es nacional de Belice por nacimiento
    Y sus padres están casados
    Cuando se evalúa su nacionalidad al 1980-01-01
    Entonces la nacionalidad de Guatemala es "indeterminada"
    Y decide la regla "GT.birth.descent_abroad_before_1986_unclear"
    Y la razón menciona "opción"

  @GT.birth.descent_abroad_earlier_births
  Escenario: La misma evaluada en 2025, nunca inscrita: queda pendiente inscribir el nacimiento
    Dado una persona nacida en Belice el 1962-03-15
    Y su padre es nacional de Guatemala por nacimiento
    Y su madre es nacional de Belice por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "condicional"
    Y queda pendiente "registration" por la propia persona
    # nacida en Belice antes de 1981: ciudadana de Belice desde el Día de la Independencia
    Y la nacionalidad de Belice es "nacional"
    Y el riesgo de apatridia es "ninguno"

  @GT.birth.descent_abroad_earlier_births
  Escenario: La misma inscribió su nacimiento en Guatemala en 2024: guatemalteca de origen
    Dado una persona nacida en Belice el 1962-03-15
    Y su padre es nacional de Guatemala por nacimiento
    Y su madre es nacional de Belice por nacimiento
    Y la persona inscribió su nacimiento en el Registro Civil de Guatemala el 2024-05-06
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "nacional"
    Y decide la regla "GT.birth.descent_abroad_earlier_births"
    Y no queda nada pendiente

  @GT.birth.descent_abroad_earlier_births @fechas
  Escenario: Nacido en Canadá el 13 de enero de 1986 de padre guatemalteco: régimen de los nacidos antes
    Dado una persona nacida en Canadá el 1986-01-13
    Y su padre es nacional de Guatemala por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "condicional"
    Y no decide la regla "GT.birth.descent_abroad"
    Y queda pendiente "registration" por el progenitor

  # --- Art. 145 y transitorio 19: centroamericanos y beliceños de origen -------------------

  @GT.birth.central_american_route
  Escenario: Hondureño de nacimiento domiciliado en Guatemala: puede declarar que quiere ser guatemalteco
    Dado una persona nacida en Honduras el 1990-05-10
    Y su madre es nacional de Honduras por nacimiento
    Y su padre es nacional de Honduras por nacimiento
    Y la persona reside en Guatemala desde el 2015-01-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "condicional"
    Y queda pendiente "nationality_declaration" por la propia persona desde el 2008-05-10

  @GT.birth.central_american_route
  Escenario: Beliceña de nacimiento, hija de beliceño nacido en Guatemala, que vive en Belice: le falta el domicilio
    Dado una persona nacida en Belice el 1995-02-02
    Y su madre es nacional de Belice por nacimiento
    Y su padre es nacional de Belice por nacimiento
    Y su padre nació en Guatemala
    Y la persona reside en Belice desde el 1995-02-02
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "condicional"
    Y queda pendiente "domicile" por la propia persona
    Y queda pendiente "nationality_declaration" por la propia persona

  @GT.birth.central_american_declared @GT.birth.central_american_route
  Escenario: El hondureño declaró ante Guatemala en 2020: guatemalteco de origen desde la declaración
    Dado una persona nacida en Honduras el 1990-05-10
    Y su madre es nacional de Honduras por nacimiento
    Y la persona reside en Guatemala desde el 2015-01-01
    Y la persona declaró ante Guatemala su nacionalidad de origen el 2020-03-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "nacional"
    Y decide la regla "GT.birth.central_american_declared"
    Y no decide la regla "GT.birth.central_american_route"
    Y la base legal cita "art. 145"

  # --- Naturalización (art. 146; Ley de Nacionalidad, arts. 32-39) --------------------------

  @GT.naturalization.granted
  Escenario: Colombiano residente desde 2000, naturalizado guatemalteco en 2010
    Dado una persona nacida en Colombia el 1980-04-04
    Y la persona reside en Guatemala desde el 2000-01-01 como residente permanente
    Y la persona se naturalizó en Guatemala el 2010-08-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "nacional"
    Y decide la regla "GT.naturalization.granted"

  # Issue 12: toda naturalización es una concesión discrecional (GLOBALCIT: Grant (discretionary)).
  # Nunca hace "condicional" el estado ni rebaja el riesgo: se lista como vía, desde el día en que
  # se cumple su último requisito (5 años, o 2 para el apátrida, y 18 años de edad).

  @GT.naturalization.ordinary
  Escenario: Colombiana residente permanente desde 2018: cumplidos los 5 años, puede solicitar la naturalización
    Dado una persona nacida en Colombia el 1985-11-20
    Y la persona reside en Guatemala desde el 2018-01-10 como residente permanente
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "no nacional"
    Y queda la vía discrecional de la regla "GT.naturalization.ordinary" desde el 2023-01-10
    Y no queda nada pendiente

  @GT.naturalization.ordinary @fechas
  Escenario: Venezolano refugiado desde 2022: no hay vía facilitada; cumple los 5 años el 1 de marzo de 2027
    Dado una persona nacida en Venezuela el 1990-01-01
    Y la persona reside en Guatemala desde el 2022-03-01 como refugiado
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "no nacional"
    Y queda la vía discrecional de la regla "GT.naturalization.ordinary" desde el 2027-03-01
    Y no decide la regla "GT.naturalization.stateless"

  Escenario: Residente en situación irregular: el tiempo no cuenta y no hay vía abierta
    Dado una persona nacida en Venezuela el 1990-01-01
    Y la persona reside en Guatemala desde el 2015-03-01 como irregular
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "no nacional"
    Y no queda nada pendiente
    Y no queda ninguna vía discrecional

  @GT.naturalization.stateless @GT.naturalization.ordinary
  Escenario: Apátrida residente desde 2022: cumplidos los 2 años, puede solicitar la naturalización facilitada; el riesgo sigue
    Dado una persona nacida en Haití el 1990-01-01
    Y la persona reside en Guatemala desde el 2022-03-01 como apátrida
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "no nacional"
    Y queda la vía discrecional de la regla "GT.naturalization.stateless" desde el 2024-03-01
    Y queda la vía discrecional de la regla "GT.naturalization.ordinary" desde el 2027-03-01
    # Haití (issue 13) ofrece al nacido en su territorio de padres desconocidos o apátridas una
    # declaración (decreto de 1984, art. 4): queda pendiente allí, no aquí
    Y la nacionalidad de Haití es "condicional"
    Y el riesgo de apatridia es "en riesgo"

  @GT.naturalization.stateless @fechas
  Escenario: Reconocida apátrida y residente permanente desde el 1 de enero de 2024: 2 años el 1 de enero de 2026
    Dado una persona nacida en Haití el 1990-01-01
    Y la persona reside en Guatemala desde el 2024-01-01 como residente permanente
    Y Guatemala reconoció a la persona como apátrida el 2024-06-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "no nacional"
    Y queda la vía discrecional de la regla "GT.naturalization.stateless" desde el 2026-01-01

  # --- Pérdida y recuperación (art. 144; Ley de Nacionalidad, arts. 3 y 22) ------------------

  @GT.loss.renunciation
  Escenario: Guatemalteca de origen que renunció para naturalizarse en Estados Unidos en 2010
    Dado una persona nacida en Guatemala el 1980-02-02
    Y la persona se naturalizó en Estados Unidos el 2010-06-01
    Y la persona renunció a la nacionalidad de Guatemala el 2010-05-20
    Cuando se evalúa su nacionalidad al 2015-01-01
    Entonces la nacionalidad de Guatemala es "no nacional"
    Y decide la regla "GT.loss.renunciation"

  @GT.loss.renunciation
  Escenario: Renuncia sin naturalización en otro Estado: la nacionalidad de origen es irrenunciable
    Dado una persona nacida en Guatemala el 1980-02-02
    Y la persona renunció a la nacionalidad de Guatemala el 2010-05-20
    Cuando se evalúa su nacionalidad al 2015-01-01
    Entonces la nacionalidad de Guatemala es "nacional"
    Y decide la regla "GT.birth.jus_soli_before_1986"
    Y no decide la regla "GT.loss.renunciation"

  @GT.loss.renunciation @fechas
  Escenario: Renuncia el 20 de octubre de 1996, antes de la reforma: el texto anterior no se leyó y no se le da efecto
    Dado una persona nacida en Guatemala el 1960-02-02
    Y la persona se naturalizó en Estados Unidos el 1996-10-25
    Y la persona renunció a la nacionalidad de Guatemala el 1996-10-20
    Cuando se evalúa su nacionalidad al 2000-01-01
    Entonces la nacionalidad de Guatemala es "nacional"
    Y no decide la regla "GT.loss.renunciation"

  @GT.loss.recovery_route
  Escenario: La misma vuelve a domiciliarse en Guatemala en 2019: puede pedir recuperar la nacionalidad
    Dado una persona nacida en Guatemala el 1980-02-02
    Y la persona se naturalizó en Estados Unidos el 2010-06-01
    Y la persona renunció a la nacionalidad de Guatemala el 2010-05-20
    Y la persona reside en Guatemala desde el 2019-04-01 como residente permanente
    Cuando se evalúa su nacionalidad al 2020-01-01
    Entonces la nacionalidad de Guatemala es "condicional"
    Y queda pendiente "recovery_application" por la propia persona desde el 1998-02-02

  @GT.loss.recovered @GT.loss.recovery_route
  Escenario: Recuperó la nacionalidad en 2021
    Dado una persona nacida en Guatemala el 1980-02-02
    Y la persona se naturalizó en Estados Unidos el 2010-06-01
    Y la persona renunció a la nacionalidad de Guatemala el 2010-05-20
    Y la persona reside en Guatemala desde el 2019-04-01 como residente permanente
    Y la persona declaró ante Guatemala su nacionalidad de origen el 2021-09-15
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "nacional"
    Y decide la regla "GT.loss.recovered"
    Y no decide la regla "GT.loss.recovery_route"
    Y no decide la regla "GT.loss.renunciation"

  @GT.loss.naturalization_annulled @GT.naturalization.granted
  Escenario: Naturalizado en 2010 cuya naturalización Guatemala declaró perdida en 2018
    Dado una persona nacida en Colombia el 1980-04-04
    Y la persona se naturalizó en Guatemala el 2010-08-01
    Y Guatemala declaró la pérdida de su nacionalidad el 2018-03-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "no nacional"
    Y decide la regla "GT.loss.naturalization_annulled"
    Y no decide la regla "GT.naturalization.granted"

  @GT.loss.naturalization_annulled
  Escenario: A un guatemalteco de origen no se le puede privar de su nacionalidad
    Dado una persona nacida en Guatemala el 1990-07-07
    Y Guatemala declaró la pérdida de su nacionalidad el 2018-03-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Guatemala es "nacional"
    Y decide la regla "GT.birth.jus_soli"
    Y no decide la regla "GT.loss.naturalization_annulled"

  # --- Casos trabajados de la investigación (regresión, por la línea de comandos) ----------
  # Todos coinciden con la respuesta esperada. Precisiones:
  # - GT-004: "no nacional", como dice la investigación. Antes respondíamos "condicional" por la
  #   naturalización ordinaria; desde el issue 12 es una vía discrecional listada aparte
  #   (GT.naturalization.ordinary, desde el 2037-09-12), no un estado, y el riesgo sigue
  #   "en riesgo". Por qué no "indeterminada": ver el comentario de los escenarios de diplomáticos.
  # - GT-012: "condicional" por GT.birth.descent_abroad_earlier_births (inscribir el nacimiento);
  #   la ley vigente al nacer (1962) no se leyó. Es un derecho (la inscripción declara la
  #   nacionalidad del art. 144), no una naturalización: sigue "condicional" tras el issue 12.
  #   Aunque nació en Belice, no se le ofrece la vía del art. 145: a la hija de padre
  #   guatemalteco la rige el art. 144.
  # - GT-015: "condicional" porque el reconocimiento del padre guatemalteco sigue abierto
  #   (GT.birth.parentage_pending); es un acto del padre o de un juez, no de la persona, y una
  #   vez hecho la nacionalidad sigue del art. 144 sin concesión: sigue "condicional".
  # - GT-016: "indeterminada" porque no se leyó si el padre perdió la nacionalidad al
  #   naturalizarse en Estados Unidos en 1978 (GT.birth.parent_naturalized_abroad_unclear).

  @caso_trabajado
  Esquema del escenario: Caso trabajado <caso>
    Dado el caso trabajado "<caso>"
    Cuando se evalúa con la línea de comandos
    Entonces la nacionalidad de Guatemala es "<estado>"
    Y el riesgo de apatridia es coherente con los estados evaluados

    Ejemplos:
      | caso   | estado        |
      | GT-001 | nacional      |
      | GT-002 | nacional      |
      | GT-004 | no nacional   |
      | GT-005 | indeterminada |
      | GT-007 | nacional      |
      | GT-008 | nacional      |
      | GT-010 | nacional      |
      | GT-011 | nacional      |
      | GT-012 | condicional   |
      | GT-013 | nacional      |
      | GT-014 | nacional      |
      | GT-016 | indeterminada |
      | GT-015 | condicional   |

# language: es
@CO
Característica: Colombia — nacionalidad por nacimiento, por adopción, pérdida, renuncia y recuperación
  Constitución Política de 1991, art. 96 (en vigor el 4 de julio de 1991; el num. 1 lit. b
  reformado por el Acto Legislativo 1 de 2002, publicado el 31 de enero de 2002), con la Ley 43 de
  1993 (hasta el 24 de septiembre de 2023) y la Ley 2332 de 2023 (desde el 25 de septiembre de
  2023); para los nacidos antes de 1991, la Constitución de 1886, arts. 8 y 9 (texto original leído
  en un comentario; el posterior a 1936 no se leyó: confianza baja).
  Colombia no tiene ius soli simple: quien nace en Colombia es colombiano por nacimiento si un
  progenitor es colombiano, o si un progenitor extranjero estaba domiciliado al nacer (desde la Ley
  2332, tres años con una visa que permite establecerse). Regímenes especiales para hijos de
  venezolanos (Ley 1997 de 2019; "Primero la Niñez"). Quien nace en el extranjero de progenitor
  colombiano lo es al inscribirse en un consulado o domiciliarse en Colombia, sin plazo: un
  derecho ("condicional") hasta que se hace. Toda naturalización es una vía discrecional: se lista
  aparte y nunca cambia el estado ni baja el riesgo.

  # --- Art. 96 num. 1 lit. a: progenitor colombiano ------------------------------------------

  @CO.birth.territory_national_parent
  Escenario: Nacida en Colombia de madre colombiana
    Dado una persona nacida en Colombia el 2010-05-14
    Y su madre es nacional de Colombia por nacimiento
    Y su padre es nacional de Colombia por nacimiento
    Y sus padres están casados
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "nacional"
    Y decide la regla "CO.birth.territory_national_parent"
    Y la base legal cita "art. 96 num. 1 lit. a"
    Y el riesgo de apatridia es "ninguno"

  @CO.birth.territory_national_parent
  Escenario: Madre colombiana por adopción antes del nacimiento y padre desconocido: transmite igual
    Dado una persona nacida en Colombia el 2012-03-04
    Y su madre es nacional de Ecuador por nacimiento
    Y su madre es nacional de Colombia por naturalización desde el 2008-06-15
    Y su padre es desconocido
    Y sus padres no están casados
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "nacional"
    Y decide la regla "CO.birth.territory_national_parent"

  @CO.birth.territory_national_parent
  Escenario: La madre se naturalizó colombiana después del nacimiento: no era colombiana al nacer el hijo
    Dado una persona nacida en Colombia el 2006-03-04
    Y su madre es nacional de Ecuador por nacimiento
    Y la situación de su madre en el país de nacimiento es irregular
    Y su madre es nacional de Colombia por naturalización desde el 2015-06-15
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces no decide la regla "CO.birth.territory_national_parent"
    Y la nacionalidad de Colombia es "no nacional"

  # Progenitor nacido en Colombia que no es colombiano ("natural"): el texto lo admite, la
  # práctica no se halló (pregunta abierta Q1 de la investigación).

  @CO.birth.territory_parent_born_in_colombia_unclear
  Escenario: Nacido en Colombia en 2022 de madre peruana nacida en Colombia, en situación irregular
    Dado una persona nacida en Colombia el 2022-05-10
    Y su madre es nacional de Perú por nacimiento
    Y su madre nació en Colombia
    Y la situación de su madre en el país de nacimiento es irregular
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "indeterminada"
    Y decide la regla "CO.birth.territory_parent_born_in_colombia_unclear"
    Y la razón menciona "natural"

  # --- Art. 96 num. 1 lit. a: progenitor extranjero domiciliado ------------------------------

  @CO.birth.territory_domiciled_parent_1991
  Escenario: Nacido en Colombia en 2000 de madre ecuatoriana con visa de residente
    Dado una persona nacida en Colombia el 2000-09-01
    Y su madre es nacional de Ecuador por nacimiento
    Y la situación de su madre en el país de nacimiento es residente permanente
    Y su padre es nacional de Ecuador por nacimiento
    Y la situación de su padre en el país de nacimiento es irregular
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "nacional"
    Y decide la regla "CO.birth.territory_domiciled_parent_1991"
    Y el riesgo de apatridia es "ninguno"

  @CO.birth.territory_domiciled_parent_1991
  Escenario: Hijo de diplomáticos franceses nacido en Colombia: no están domiciliados
    Dado una persona nacida en Colombia el 2015-04-03
    Y su madre es nacional de Francia por nacimiento
    Y la situación de su madre en el país de nacimiento es diplomático
    Y su padre es nacional de Francia por nacimiento
    Y la situación de su padre en el país de nacimiento es diplomático
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "no nacional"
    Y no decide la regla "CO.birth.territory_domiciled_parent_1991"

  @CO.birth.territory_domiciled_parent_1991
  Escenario: Hija de ecuatorianos en situación irregular nacida en 2012: sin domicilio, no es colombiana
    Dado una persona nacida en Colombia el 2012-02-02
    Y su madre es nacional de Ecuador por nacimiento
    Y la situación de su madre en el país de nacimiento es irregular
    Y su padre es nacional de Ecuador por nacimiento
    Y la situación de su padre en el país de nacimiento es en tránsito
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "no nacional"
    Y explica que la regla "CO.birth.territory_domiciled_parent_1991" no se aplica porque "residente permanente"
    Y el riesgo de apatridia es "en riesgo"

  @CO.birth.territory_domicile_unclear_1991
  Escenario: Nacido en Colombia en 2010 de madre ecuatoriana con estancia temporal: depende de la visa
    Dado una persona nacida en Colombia el 2010-08-08
    Y su madre es nacional de Ecuador por nacimiento
    Y la situación de su madre en el país de nacimiento es residente temporal
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "indeterminada"
    Y decide la regla "CO.birth.territory_domicile_unclear_1991"
    Y la razón menciona "visa"

  # Desde la Ley 2332 (25-09-2023): tres años con visa que permite establecerse. Se lee con la
  # situación del progenitor ("residente permanente") y sus años en Colombia en el periodo que
  # cubre el nacimiento; el caso no dice la clase de visa.

  @CO.birth.territory_domiciled_parent_2023
  Escenario: Nacida en Colombia en 2025 de madre peruana residente desde 2020: domiciliada
    Dado una persona nacida en Colombia el 2025-02-10
    Y su madre es nacional de Perú por nacimiento
    Y la situación de su madre en el país de nacimiento es residente permanente
    Y su madre residió en Colombia desde el 2020-01-15 como residente permanente
    Cuando se evalúa su nacionalidad al 2026-05-01
    Entonces la nacionalidad de Colombia es "nacional"
    Y decide la regla "CO.birth.territory_domiciled_parent_2023"

  @CO.birth.territory_domiciled_parent_2023
  Escenario: La misma, con la residencia de la madre desde 2024: menos de tres años, no es colombiana
    Dado una persona nacida en Colombia el 2025-02-10
    Y su madre es nacional de Perú por nacimiento
    Y la situación de su madre en el país de nacimiento es residente permanente
    Y su madre residió en Colombia desde el 2024-01-15 como residente permanente
    Cuando se evalúa su nacionalidad al 2026-05-01
    Entonces la nacionalidad de Colombia es "no nacional"
    Y no decide la regla "CO.birth.territory_domiciled_parent_2023"

  @CO.birth.territory_domiciled_parent_2023 @fechas
  Escenario: Nacido el 24 de septiembre de 2023, víspera de la Ley 2332: basta la residencia
    Dado una persona nacida en Colombia el 2023-09-24
    Y su madre es nacional de Perú por nacimiento
    Y la situación de su madre en el país de nacimiento es residente permanente
    Y su madre residió en Colombia desde el 2023-01-15 como residente permanente
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "nacional"
    Y decide la regla "CO.birth.territory_domiciled_parent_1991"
    Y no decide la regla "CO.birth.territory_domiciled_parent_2023"

  @CO.birth.territory_domiciled_parent_2023 @fechas
  Escenario: Nacido el 25 de septiembre de 2023, primer día de la Ley 2332: hacen falta tres años
    Dado una persona nacida en Colombia el 2023-09-25
    Y su madre es nacional de Perú por nacimiento
    Y la situación de su madre en el país de nacimiento es residente permanente
    Y su madre residió en Colombia desde el 2023-01-15 como residente permanente
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "no nacional"
    Y no decide la regla "CO.birth.territory_domiciled_parent_1991"
    Y no decide la regla "CO.birth.territory_domiciled_parent_2023"

  @CO.birth.territory_domiciled_parent_2023
  Escenario: Madre residente permanente sin periodos de residencia registrados: falta saber desde cuándo vive en Colombia
    Dado una persona nacida en Colombia el 2025-02-10
    Y su madre es nacional de Perú por nacimiento
    Y la situación de su madre en el país de nacimiento es residente permanente
    Cuando se evalúa su nacionalidad al 2026-05-01
    Entonces la nacionalidad de Colombia es "indeterminada"
    Y no decide la regla "CO.birth.territory_domiciled_parent_2023"
    Y falta conocer "parents[0].residence"

  @CO.birth.territory_domicile_unclear_2023
  Escenario: Madre peruana con estancia temporal desde 2020: tres años, pero la clase de visa decide
    Dado una persona nacida en Colombia el 2025-02-10
    Y su madre es nacional de Perú por nacimiento
    Y la situación de su madre en el país de nacimiento es residente temporal
    Y su madre residió en Colombia desde el 2020-01-15 como residente temporal
    Cuando se evalúa su nacionalidad al 2026-05-01
    Entonces la nacionalidad de Colombia es "indeterminada"
    Y decide la regla "CO.birth.territory_domicile_unclear_2023"
    Y la razón menciona "visa"

  # --- Hijos de venezolanos: Ley 1997 de 2019 y "Primero la Niñez" ---------------------------
  # El contraste que la investigación destaca: hijo de venezolanos en situación irregular nacido
  # en Colombia en 2014 (sin régimen especial, no es colombiano) y en 2016 (Ley 1997, lo es).

  @CO.birth.venezuelan_parent_ley_1997
  Escenario: Nacido en Colombia en 2016 de padres venezolanos en situación irregular: colombiano (Ley 1997)
    Dado una persona nacida en Colombia el 2016-03-01
    Y su madre es nacional de Venezuela por nacimiento
    Y la situación de su madre en el país de nacimiento es irregular
    Y su padre es nacional de Venezuela por nacimiento
    Y la situación de su padre en el país de nacimiento es irregular
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "nacional"
    Y decide la regla "CO.birth.venezuelan_parent_ley_1997"
    Y la base legal cita "Ley 1997 de 2019"
    Y el riesgo de apatridia es "ninguno"

  @CO.birth.venezuelan_parent_ley_1997
  Escenario: El mismo nacido en 2014: ningún régimen especial lo cubre, no es colombiano
    Dado una persona nacida en Colombia el 2014-06-01
    Y su madre es nacional de Venezuela por nacimiento
    Y la situación de su madre en el país de nacimiento es irregular
    Y su padre es nacional de Venezuela por nacimiento
    Y la situación de su padre en el país de nacimiento es irregular
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "no nacional"
    Y no decide la regla "CO.birth.venezuelan_parent_ley_1997"
    Y no decide la regla "CO.birth.venezuelan_parent_primero_la_ninez"
    # venezolano por nacimiento de padre y madre venezolanos (Venezuela tiene paquete, issue 13)
    Y la nacionalidad de Venezuela es "nacional"
    Y el riesgo de apatridia es "ninguno"

  @CO.birth.venezuelan_parent_ley_1997 @fechas
  Escenario: Nacido el 1 de enero de 2015, primer día de la ventana de la Ley 1997
    Dado una persona nacida en Colombia el 2015-01-01
    Y su madre es nacional de Venezuela por nacimiento
    Y la situación de su madre en el país de nacimiento es irregular
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "nacional"
    Y decide la regla "CO.birth.venezuelan_parent_ley_1997"

  @CO.birth.venezuelan_parent_ley_1997 @fechas
  Escenario: Nacido el 31 de diciembre de 2014: fuera de la ventana
    Dado una persona nacida en Colombia el 2014-12-31
    Y su madre es nacional de Venezuela por nacimiento
    Y la situación de su madre en el país de nacimiento es irregular
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "no nacional"
    Y no decide la regla "CO.birth.venezuelan_parent_ley_1997"

  @CO.birth.venezuelan_parent_ley_1997
  Escenario: Nacido en 2016 y evaluado antes de la Ley 1997 (16-09-2019): aún no era colombiano
    Dado una persona nacida en Colombia el 2016-03-01
    Y su madre es nacional de Venezuela por nacimiento
    Y la situación de su madre en el país de nacimiento es irregular
    Cuando se evalúa su nacionalidad al 2019-06-01
    Entonces la nacionalidad de Colombia es "no nacional"
    Y no decide la regla "CO.birth.venezuelan_parent_ley_1997"

  @CO.birth.venezuelan_parent_ley_1997 @CO.birth.venezuelan_parent_primero_la_ninez @fechas
  Escenario: Nacido el 17 de septiembre de 2021, al día siguiente de la ventana: solo queda "Primero la Niñez"
    Dado una persona nacida en Colombia el 2021-09-17
    Y su madre es nacional de Venezuela por nacimiento
    Y la situación de su madre en el país de nacimiento es irregular
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces no decide la regla "CO.birth.venezuelan_parent_ley_1997"
    Y la nacionalidad de Colombia es "condicional"
    Y decide la regla "CO.birth.venezuelan_parent_primero_la_ninez"
    Y queda pendiente "registration" por el progenitor hasta el 2039-09-16

  # "Primero la Niñez" (Registraduría, Res. 8470 de 2019, prorrogada): nacimientos desde el
  # 19-08-2015, la nota "válido para demostrar nacionalidad" al inscribir mientras dure la medida
  # (hasta el 20-08-2027, calculado por la Res. 9820 de 2025; sin verificar).

  @CO.birth.venezuelan_parent_primero_la_ninez
  Escenario: Nacida en Colombia en 2022 de madre venezolana irregular, sin inscribir: puede inscribirse como colombiana
    Dado una persona nacida en Colombia el 2022-05-10
    Y su madre es nacional de Venezuela por nacimiento
    Y la situación de su madre en el país de nacimiento es irregular
    Y su padre es desconocido
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "condicional"
    Y decide la regla "CO.birth.venezuelan_parent_primero_la_ninez"
    Y queda pendiente "registration" por el progenitor hasta el 2040-05-09

  @CO.birth.venezuelan_parent_primero_la_ninez
  Escenario: La misma, sin inscribir, evaluada en 2028: la medida terminó
    Dado una persona nacida en Colombia el 2022-05-10
    Y su madre es nacional de Venezuela por nacimiento
    Y la situación de su madre en el país de nacimiento es irregular
    Cuando se evalúa su nacionalidad al 2028-01-01
    Entonces la nacionalidad de Colombia es "no nacional"
    Y no decide la regla "CO.birth.venezuelan_parent_primero_la_ninez"

  @CO.birth.venezuelan_parent_primero_la_ninez_registered
  Escenario: La misma, inscrita en 2022 durante la medida: sigue siendo colombiana en 2030
    Dado una persona nacida en Colombia el 2022-05-10
    Y su madre es nacional de Venezuela por nacimiento
    Y la situación de su madre en el país de nacimiento es irregular
    Y el nacimiento se inscribió en el Registro Civil de Colombia el 2022-05-20
    Cuando se evalúa su nacionalidad al 2030-01-01
    Entonces la nacionalidad de Colombia es "nacional"
    Y decide la regla "CO.birth.venezuelan_parent_primero_la_ninez_registered"

  @CO.birth.venezuelan_parent_primero_la_ninez_registered @CO.birth.venezuelan_parent_primero_la_ninez
  Escenario: Hijo de haitianos nacido en Colombia en 2022 e inscrito: la medida solo cubre a hijos de venezolanos
    Dado una persona nacida en Colombia el 2022-05-10
    Y su madre es nacional de Haití por nacimiento
    Y la situación de su madre en el país de nacimiento es en tránsito
    Y el nacimiento se inscribió en el Registro Civil de Colombia el 2022-05-20
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "no nacional"
    Y no decide la regla "CO.birth.venezuelan_parent_primero_la_ninez_registered"
    Y no decide la regla "CO.birth.venezuelan_parent_primero_la_ninez"
    # haitiano por filiación (Haití tiene paquete, issue 13)
    Y la nacionalidad de Haití es "nacional"
    Y el riesgo de apatridia es "ninguno"

  @CO.birth.special_scheme_presumption_unclear
  Escenario: Nacido en Colombia después de "Primero la Niñez" de madre venezolana con estancia temporal: ¿tenía PPT?
    Dado una persona nacida en Colombia el 2028-01-10
    Y su madre es nacional de Venezuela por nacimiento
    Y la situación de su madre en el país de nacimiento es residente temporal
    Y su madre residió en Colombia desde el 2021-06-01 como residente temporal
    Cuando se evalúa su nacionalidad al 2028-06-01
    Entonces la nacionalidad de Colombia es "indeterminada"
    Y decide la regla "CO.birth.special_scheme_presumption_unclear"
    Y la razón menciona "PPT"

  @CO.birth.special_scheme_presumption_unclear
  Escenario: Mientras dura "Primero la Niñez", la inscripción basta: la duda sobre el PPT no cambia la respuesta
    Dado una persona nacida en Colombia el 2024-03-10
    Y su madre es nacional de Venezuela por nacimiento
    Y la situación de su madre en el país de nacimiento es residente temporal
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "condicional"
    Y decide la regla "CO.birth.venezuelan_parent_primero_la_ninez"
    Y la razón menciona "PPT"
    Y explica que la regla "CO.birth.special_scheme_presumption_unclear" no se aplica porque "deciden otras reglas"

  # --- Apatridia: Ley 2136 de 2021 art. 67 --------------------------------------------------
  # La salvaguardia de la Convención de 1961 se da tras la determinación de la Cancillería: se
  # codifica sobre el reconocimiento registrado, no sobre "de otro modo apátrida".

  @CO.birth.stateless_recognized
  Escenario: Hija de haitianos en tránsito nacida en Necoclí, reconocida apátrida por Colombia
    Dado una persona nacida en Colombia el 2021-10-01
    Y su madre es nacional de Haití por nacimiento
    Y la situación de su madre en el país de nacimiento es en tránsito
    Y Colombia reconoció a la persona como apátrida el 2023-03-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "nacional"
    Y decide la regla "CO.birth.stateless_recognized"
    Y la base legal cita "Ley 2136 de 2021"
    Y el riesgo de apatridia es "ninguno"

  @CO.birth.stateless_recognized
  Escenario: La misma, evaluada antes del reconocimiento: aún no es colombiana
    Dado una persona nacida en Colombia el 2021-10-01
    Y su madre es nacional de Haití por nacimiento
    Y la situación de su madre en el país de nacimiento es en tránsito
    Y Colombia reconoció a la persona como apátrida el 2023-03-01
    Cuando se evalúa su nacionalidad al 2022-06-01
    Entonces la nacionalidad de Colombia es "no nacional"
    Y no decide la regla "CO.birth.stateless_recognized"

  # --- Expósitos ----------------------------------------------------------------------------

  @CO.birth.foundling
  Escenario: Expósita hallada en Cúcuta
    Dado una persona expósita hallada en Colombia, nacida hacia el 2022-02-14
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "nacional"
    Y decide la regla "CO.birth.foundling"
    Y el riesgo de apatridia es "ninguno"

  @CO.birth.foundling_before_1991_unclear
  Escenario: Expósito hallado en Colombia, nacido hacia 1980: la ley de entonces no lo resolvía
    Dado una persona expósita hallada en Colombia, nacida hacia el 1980-01-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "indeterminada"
    Y decide la regla "CO.birth.foundling_before_1991_unclear"
    Y no decide la regla "CO.birth.foundling"

  # --- Buques y aeronaves colombianos ------------------------------------------------------

  @CO.birth.flag_vessel_unclear
  Escenario: Nacido en un avión colombiano sobre alta mar de madre colombiana: inscribirlo lo hace colombiano
    Dado una persona nacida el 2024-07-05 a bordo de un avión con bandera de Colombia, fuera de todo territorio
    Y su madre es nacional de Colombia por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "condicional"
    Y decide la regla "CO.birth.abroad_registration"
    Y la razón menciona "asimilado"
    Y explica que la regla "CO.birth.flag_vessel_unclear" no se aplica porque "deciden otras reglas"

  @CO.birth.flag_vessel_unclear
  Escenario: Nacido en el mismo avión de turistas ecuatorianos en tránsito: la bandera sola no da nada
    Dado una persona nacida el 2024-07-05 a bordo de un avión con bandera de Colombia, fuera de todo territorio
    Y su madre es nacional de Ecuador por nacimiento
    Y la situación de su madre en el país de nacimiento es en tránsito
    Y su padre es nacional de Ecuador por nacimiento
    Y la situación de su padre en el país de nacimiento es en tránsito
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "no nacional"
    Y no decide la regla "CO.birth.flag_vessel_unclear"

  @CO.birth.flag_vessel_unclear
  Escenario: Nacida en un buque colombiano en alta mar de madre ecuatoriana residente en Colombia
    Dado una persona nacida el 2024-07-05 a bordo de un buque con bandera de Colombia, fuera de todo territorio
    Y su madre es nacional de Ecuador por nacimiento
    Y la situación de su madre en el país de nacimiento es residente permanente
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "indeterminada"
    Y decide la regla "CO.birth.flag_vessel_unclear"

  # --- Art. 96 num. 1 lit. b: nacido en el extranjero de progenitor colombiano ----------------

  @CO.birth.abroad_registration
  Escenario: Nacida en Costa Rica de madre colombiana, inscrita en el consulado en San José
    Dado una persona nacida en Costa Rica el 2016-08-20
    Y su madre es nacional de Colombia por nacimiento
    Y su padre es nacional de Costa Rica por nacimiento
    Y su padre la reconoció el 2016-08-25
    Y sus padres no están casados
    Y su madre inscribió el nacimiento en el consulado de Colombia el 2016-10-05
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "nacional"
    Y decide la regla "CO.birth.abroad_registration"
    Y la base legal cita "art. 96 num. 1 lit. b"

  @CO.birth.abroad_registration @CO.birth.abroad_domicile
  Escenario: Nacido en Estados Unidos en 1990 de padre colombiano, nunca inscrito: puede inscribirse él mismo, sin plazo
    Dado una persona nacida en Estados Unidos el 1990-03-01
    Y su padre es nacional de Colombia por nacimiento
    Y su madre es nacional de Estados Unidos por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "condicional"
    Y decide la regla "CO.birth.abroad_registration"
    Y decide la regla "CO.birth.abroad_domicile"
    Y queda pendiente "registration" por la propia persona desde el 2008-03-01

  @CO.birth.abroad_registration
  Escenario: Nacido en México de madre colombiana por adopción, inscrito a los 14 años
    Dado una persona nacida en México el 2010-02-03
    Y su madre es nacional de Venezuela por nacimiento
    Y su madre es nacional de Colombia por naturalización desde el 2005-06-15
    Y su padre es nacional de México por nacimiento
    Y su madre inscribió el nacimiento en el consulado de Colombia el 2024-09-10
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "nacional"
    Y decide la regla "CO.birth.abroad_registration"

  @CO.birth.abroad_registration
  Escenario: Nacido en Venezuela antes de que su madre se naturalizara colombiana: no transmite
    Dado una persona nacida en Venezuela el 2010-02-03
    Y su madre es nacional de Venezuela por nacimiento
    Y su madre es nacional de Colombia por naturalización desde el 2015-06-15
    Y la persona reside en Colombia desde el 2018-01-01 como residente temporal
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces no decide la regla "CO.birth.abroad_registration"
    Y no decide la regla "CO.birth.abroad_domicile"
    Y la nacionalidad de Colombia es "no nacional"

  @CO.birth.abroad_registration @fechas
  Escenario: Evaluado en 2001, antes del Acto Legislativo 1 de 2002: la inscripción consular aún no bastaba
    Dado una persona nacida en Panamá el 1998-04-04
    Y su madre es nacional de Colombia por nacimiento
    Y su madre inscribió el nacimiento en el consulado de Colombia el 1998-06-01
    Cuando se evalúa su nacionalidad al 2001-06-01
    Entonces la nacionalidad de Colombia es "condicional"
    Y no decide la regla "CO.birth.abroad_registration"
    Y decide la regla "CO.birth.abroad_domicile"

  @CO.birth.abroad_registration @fechas
  Escenario: La misma evaluada el 31 de enero de 2002, publicación del Acto Legislativo: ya es colombiana
    Dado una persona nacida en Panamá el 1998-04-04
    Y su madre es nacional de Colombia por nacimiento
    Y su madre inscribió el nacimiento en el consulado de Colombia el 1998-06-01
    Cuando se evalúa su nacionalidad al 2002-01-31
    Entonces la nacionalidad de Colombia es "nacional"
    Y decide la regla "CO.birth.abroad_registration"

  @CO.birth.abroad_domicile
  Escenario: Nacido en Honduras en 1995 de madre colombiana soltera, domiciliado en Colombia desde 1999
    Dado una persona nacida en Honduras el 1995-11-30
    Y su madre es nacional de Colombia por nacimiento
    Y su padre es desconocido
    Y sus padres no están casados
    Y la persona reside en Colombia desde el 1999-01-15 como residente permanente
    Cuando se evalúa su nacionalidad al 2001-06-01
    Entonces la nacionalidad de Colombia es "nacional"
    Y decide la regla "CO.birth.abroad_domicile"

  @CO.birth.abroad_parent_lost_1886_unclear
  Escenario: Nacida en El Salvador en 1975 de padre colombiano que se naturalizó salvadoreño en 1970
    Dado una persona nacida en El Salvador el 1975-04-10
    Y su madre es nacional de El Salvador por nacimiento
    Y su padre es nacional de Colombia por nacimiento
    Y su padre es nacional de El Salvador por naturalización desde el 1970-03-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "indeterminada"
    Y decide la regla "CO.birth.abroad_parent_lost_1886_unclear"
    Y no decide la regla "CO.birth.abroad_registration"
    Y la razón menciona "1886"

  @CO.birth.abroad_parent_lost_1886_unclear
  Escenario: Si consta que el padre perdió la nacionalidad en 1970, no la transmite
    Dado una persona nacida en El Salvador el 1975-04-10
    Y su padre es nacional de Colombia por nacimiento
    Y su padre es nacional de El Salvador por naturalización desde el 1970-03-01
    Y su padre perdió la nacionalidad de Colombia el 1970-03-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "no nacional"
    Y no decide la regla "CO.birth.abroad_parent_lost_1886_unclear"

  @CO.birth.abroad_parent_lost_1886_unclear
  Escenario: Si la inscribieron en el consulado, el registro tomó al padre por colombiano
    Dado una persona nacida en El Salvador el 1975-04-10
    Y su padre es nacional de Colombia por nacimiento
    Y su padre es nacional de El Salvador por naturalización desde el 1970-03-01
    Y la persona inscribió su nacimiento en el Registro Civil de Colombia el 2005-02-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "nacional"
    Y no decide la regla "CO.birth.abroad_parent_lost_1886_unclear"
    Y decide la regla "CO.birth.abroad_registration"

  @CO.birth.abroad_parent_lost_1886_unclear
  Escenario: Un padre naturalizado en el extranjero después de 1991 no perdió la nacionalidad
    Dado una persona nacida en El Salvador el 2000-04-10
    Y su padre es nacional de Colombia por nacimiento
    Y su padre es nacional de El Salvador por naturalización desde el 1995-03-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "condicional"
    Y no decide la regla "CO.birth.abroad_parent_lost_1886_unclear"

  # --- Antes de 1991: Constitución de 1886, art. 8 (confianza baja) -------------------------

  @CO.birth.territory_1886
  Escenario: Nacida en Colombia en 1988 de padres colombianos
    Dado una persona nacida en Colombia el 1988-10-10
    Y su madre es nacional de Colombia por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "nacional"
    Y decide la regla "CO.birth.territory_1886"
    Y no decide la regla "CO.birth.territory_national_parent"

  @CO.birth.territory_1886
  Escenario: Nacido en Colombia en 1970 de madre italiana nacida en Colombia: natural de Colombia
    Dado una persona nacida en Colombia el 1970-02-02
    Y su madre es nacional de Italia por nacimiento
    Y su madre nació en Colombia
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "nacional"
    Y decide la regla "CO.birth.territory_1886"

  @CO.birth.territory_domiciled_parent_1886
  Escenario: Nacido en Colombia en 1980 de madre italiana residente
    Dado una persona nacida en Colombia el 1980-05-05
    Y su madre es nacional de Italia por nacimiento
    Y la situación de su madre en el país de nacimiento es residente permanente
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "nacional"
    Y decide la regla "CO.birth.territory_domiciled_parent_1886"

  @CO.birth.territory_foreign_parents_1886_unclear
  Escenario: Nacida en Colombia en 1985 de italianos no residentes: la Constitución de 1886 no se resolvió
    Dado una persona nacida en Colombia el 1985-07-01
    Y su madre es nacional de Italia por nacimiento
    Y la situación de su madre en el país de nacimiento es residente temporal
    Y su padre es nacional de Italia por nacimiento
    Y la situación de su padre en el país de nacimiento es residente temporal
    Y la persona reside en Colombia desde el 1985-07-01 como residente permanente
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "indeterminada"
    Y decide la regla "CO.birth.territory_foreign_parents_1886_unclear"
    Y la razón menciona "1886"

  @CO.birth.territory_foreign_parents_1886_unclear @fechas
  Escenario: Nacido el 3 de julio de 1991 de padres ecuatorianos irregulares: aún la Constitución de 1886
    Dado una persona nacida en Colombia el 1991-07-03
    Y su madre es nacional de Ecuador por nacimiento
    Y la situación de su madre en el país de nacimiento es irregular
    Y su padre es desconocido
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "indeterminada"
    Y decide la regla "CO.birth.territory_foreign_parents_1886_unclear"

  @CO.birth.territory_foreign_parents_1886_unclear @fechas
  Escenario: Nacido el 4 de julio de 1991, primer día de la Constitución de 1991: no es colombiano
    Dado una persona nacida en Colombia el 1991-07-04
    Y su madre es nacional de Ecuador por nacimiento
    Y la situación de su madre en el país de nacimiento es irregular
    Y su padre es desconocido
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "no nacional"
    Y no decide la regla "CO.birth.territory_foreign_parents_1886_unclear"

  @CO.birth.abroad_1886
  Escenario: Nacido en Venezuela en 1960 de padre colombiano, domiciliado en Colombia desde 1980, evaluado en 1985
    Dado una persona nacida en Venezuela el 1960-01-20
    Y su padre es nacional de Colombia por nacimiento
    Y la persona reside en Colombia desde el 1980-03-01 como residente permanente
    Cuando se evalúa su nacionalidad al 1985-01-01
    Entonces la nacionalidad de Colombia es "nacional"
    Y decide la regla "CO.birth.abroad_1886"

  @CO.birth.abroad_1886
  Escenario: El mismo evaluado en 1975, antes de domiciliarse: podía hacerlo, sin plazo
    Dado una persona nacida en Venezuela el 1960-01-20
    Y su padre es nacional de Colombia por nacimiento
    Cuando se evalúa su nacionalidad al 1975-01-01
    Entonces la nacionalidad de Colombia es "condicional"
    Y decide la regla "CO.birth.abroad_1886"

  # --- Pérdida antes de 1991 y su recuperación ---------------------------------------------

  @CO.loss.foreign_naturalization_1886
  Escenario: Colombiana por nacimiento que se naturalizó en Estados Unidos en 1980, evaluada en 1990
    Dado una persona nacida en Colombia el 1950-01-20
    Y su padre es nacional de Colombia por nacimiento
    Y la persona se naturalizó en Estados Unidos el 1980-07-04
    Cuando se evalúa su nacionalidad al 1990-01-01
    Entonces la nacionalidad de Colombia es "no nacional"
    Y decide la regla "CO.loss.foreign_naturalization_1886"

  @CO.loss.foreign_naturalization_1886
  Escenario: Naturalizarse en el extranjero después de 1991 no hace perder la nacionalidad
    Dado una persona nacida en Colombia el 1970-01-20
    Y su padre es nacional de Colombia por nacimiento
    Y la persona se naturalizó en Estados Unidos el 2000-07-04
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "nacional"
    Y no decide la regla "CO.loss.foreign_naturalization_1886"

  @CO.loss.recovery_pre_1991_loss
  Escenario: La misma persona de 1980, evaluada hoy: puede recuperarla por solicitud
    Dado una persona nacida en Colombia el 1950-01-20
    Y su padre es nacional de Colombia por nacimiento
    Y la persona se naturalizó en Estados Unidos el 1980-07-04
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "condicional"
    Y decide la regla "CO.loss.recovery_pre_1991_loss"
    Y queda pendiente "recovery_application" por la propia persona

  @CO.loss.recovered
  Escenario: Recuperada ante el consulado en 2010: colombiana de nuevo
    Dado una persona nacida en Colombia el 1950-01-20
    Y su padre es nacional de Colombia por nacimiento
    Y la persona se naturalizó en Estados Unidos el 1980-07-04
    Y la persona declaró ante Colombia su nacionalidad de origen el 2010-05-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "nacional"
    Y decide la regla "CO.loss.recovered"

  # --- Renuncia y recuperación ----------------------------------------------------------------

  @CO.loss.renunciation_1991
  Escenario: Colombiano que renunció en 1992, antes de que la Ley 43 regulara la recuperación
    Dado una persona nacida en Colombia el 1960-01-20
    Y su madre es nacional de Colombia por nacimiento
    Y la persona renunció a la nacionalidad de Colombia el 1992-05-01
    Cuando se evalúa su nacionalidad al 1992-06-01
    Entonces la nacionalidad de Colombia es "no nacional"
    Y decide la regla "CO.loss.renunciation_1991"

  @CO.loss.renunciation_1991 @CO.loss.recovery_after_renunciation_1993
  Escenario: Colombiano que renunció en 2010: la perdió, y puede recuperarla
    Dado una persona nacida en Colombia el 1980-01-20
    Y su madre es nacional de Colombia por nacimiento
    Y la persona renunció a la nacionalidad de Colombia el 2010-05-01
    Cuando se evalúa su nacionalidad al 2012-01-01
    Entonces la nacionalidad de Colombia es "condicional"
    Y explica que la regla "CO.loss.renunciation_1991" no se aplica porque "deciden otras reglas"
    Y decide la regla "CO.loss.recovery_after_renunciation_1993"
    Y queda pendiente "recovery_application" por la propia persona

  @CO.loss.renunciation_2023 @CO.loss.recovery_after_renunciation
  Escenario: Colombiana que renunció en 2024 con otra nacionalidad: la perdió y puede pedir recuperarla
    Dado una persona nacida en Colombia el 1990-01-20
    Y su madre es nacional de Colombia por nacimiento
    Y la persona se naturalizó en España el 2023-01-10
    Y la persona renunció a la nacionalidad de Colombia el 2024-05-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "condicional"
    Y explica que la regla "CO.loss.renunciation_2023" no se aplica porque "deciden otras reglas"
    Y decide la regla "CO.loss.recovery_after_renunciation"

  @CO.loss.recovered
  Escenario: Recuperada en 2026 por solicitud ante el consulado
    Dado una persona nacida en Colombia el 1990-01-20
    Y su madre es nacional de Colombia por nacimiento
    Y la persona se naturalizó en España el 2023-01-10
    Y la persona renunció a la nacionalidad de Colombia el 2024-05-01
    Y la persona declaró ante Colombia su nacionalidad de origen el 2026-06-01
    Cuando se evalúa su nacionalidad al 2026-12-01
    Entonces la nacionalidad de Colombia es "nacional"
    Y decide la regla "CO.loss.recovered"

  @CO.loss.recovered
  Escenario: Una declaración ante Colombia sin pérdida previa no "recupera" nada
    Dado una persona nacida en Perú el 1990-01-20
    Y la persona declaró ante Colombia su nacionalidad de origen el 2020-06-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "no nacional"
    Y no decide la regla "CO.loss.recovered"

  # La negativa de otro Estado a naturalizar se registra como su "registration_refused" (el
  # formato no tiene un acto propio para ella).
  @CO.loss.recovery_after_refusal
  Escenario: Renunció con un certificado de trámite y Panamá negó la naturalización: recuperación en cualquier momento
    Dado el caso trabajado "CO-019"
    Cuando se evalúa con la línea de comandos
    Entonces la nacionalidad de Colombia es "condicional"
    Y decide la regla "CO.loss.recovery_after_refusal"

  @CO.loss.recovery_after_refusal
  Escenario: Renunció para naturalizarse en Costa Rica, que se la negó: puede recuperarla
    Dado una persona nacida en Colombia el 1985-05-05
    Y la persona reside en Costa Rica desde el 2012-01-10 como residente permanente
    Y la persona renunció a la nacionalidad de Colombia el 2023-02-01
    Y Costa Rica negó la naturalización a la persona el 2024-07-15
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "condicional"
    Y decide la regla "CO.loss.recovery_after_refusal"

  @CO.loss.recovery_after_refusal @CO.loss.recovery_after_renunciation
  Escenario: La misma, sin negativa de Costa Rica: solo la recuperación ordinaria tras la renuncia
    Dado una persona nacida en Colombia el 1985-05-05
    Y la persona reside en Costa Rica desde el 2012-01-10 como residente permanente
    Y la persona renunció a la nacionalidad de Colombia el 2023-02-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "condicional"
    Y decide la regla "CO.loss.recovery_after_renunciation"
    Y no decide la regla "CO.loss.recovery_after_refusal"

  # --- Colombianos por adopción ---------------------------------------------------------------

  @CO.naturalization.granted
  Escenario: Libanés naturalizado colombiano en 2010
    Dado una persona nacida en Líbano el 1978-03-03
    Y la persona reside en Colombia desde el 2001-05-01 como residente permanente
    Y la persona se naturalizó en Colombia el 2010-03-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "nacional"
    Y decide la regla "CO.naturalization.granted"
    Y no queda ninguna vía discrecional

  @CO.loss.naturalized_conviction
  Escenario: El mismo, sin otra nacionalidad, pierde la nacionalidad por condena en 2025: apátrida
    Dado una persona nacida en Líbano el 1978-03-03
    Y su madre no tiene nacionalidad conocida
    Y su padre no tiene nacionalidad conocida
    Y la persona reside en Colombia desde el 2001-05-01 como residente permanente
    Y la persona se naturalizó en Colombia el 2010-03-01
    Y Colombia privó a la persona de su nacionalidad por sentencia el 2025-11-20
    Cuando se evalúa su nacionalidad al 2026-05-01
    Entonces la nacionalidad de Colombia es "no nacional"
    Y decide la regla "CO.loss.naturalized_conviction"

  @CO.loss.naturalized_conviction
  Escenario: Un colombiano por nacimiento no puede ser privado de la nacionalidad
    Dado una persona nacida en Colombia el 1980-03-03
    Y su padre es nacional de Colombia por nacimiento
    Y Colombia privó a la persona de su nacionalidad por sentencia el 2025-11-20
    Cuando se evalúa su nacionalidad al 2026-05-01
    Entonces la nacionalidad de Colombia es "nacional"
    Y no decide la regla "CO.loss.naturalized_conviction"

  @CO.loss.naturalized_conviction_1993
  Escenario: Naturalizado privado de la nacionalidad en 2015 bajo la Ley 43
    Dado una persona nacida en Líbano el 1970-03-03
    Y la persona se naturalizó en Colombia el 2000-03-01
    Y Colombia privó a la persona de su nacionalidad por sentencia el 2015-11-20
    Cuando se evalúa su nacionalidad al 2020-05-01
    Entonces la nacionalidad de Colombia es "no nacional"
    Y decide la regla "CO.loss.naturalized_conviction_1993"
    Y no decide la regla "CO.loss.naturalized_conviction"

  @CO.loss.naturalization_annulled
  Escenario: Naturalizado sin nulidad de la carta: sigue siendo colombiano
    Dado una persona nacida en Líbano el 1970-03-03
    Y la persona se naturalizó en Colombia el 2000-03-01
    Cuando se evalúa su nacionalidad al 2020-05-01
    Entonces la nacionalidad de Colombia es "nacional"
    Y no decide la regla "CO.loss.naturalization_annulled"

  # Sin salvaguardia: quien renunció al Líbano para naturalizarse queda sin nacionalidad.
  @CO.loss.naturalization_annulled
  Escenario: Carta de naturaleza anulada en 2012: deja de ser colombiano desde la nulidad
    Dado una persona nacida en Líbano el 1970-03-03
    Y la persona se naturalizó en Colombia el 2000-03-01
    Y Colombia anuló la carta de naturaleza de la persona el 2012-09-14
    Cuando se evalúa su nacionalidad al 2020-05-01
    Entonces la nacionalidad de Colombia es "no nacional"
    Y decide la regla "CO.loss.naturalization_annulled"

  # --- Naturalización: vías discrecionales --------------------------------------------------

  @CO.naturalization.ordinary_2005 @CO.naturalization.latin_american_2005
  Escenario: Peruano residente desde 2010, evaluado en 2012: al año podía pedir la inscripción como latinoamericano
    Dado una persona nacida en Perú el 1980-02-02
    Y la persona reside en Colombia desde el 2010-01-01 como residente permanente
    Cuando se evalúa su nacionalidad al 2012-06-01
    Entonces la nacionalidad de Colombia es "no nacional"
    Y queda la vía discrecional de la regla "CO.naturalization.latin_american_2005" desde el 2011-01-01
    Y queda la vía discrecional de la regla "CO.naturalization.ordinary_2005" desde el 2015-01-01

  @CO.naturalization.spanish_2005
  Escenario: Español residente desde 2010, evaluado en 2013: dos años
    Dado una persona nacida en España el 1980-02-02
    Y la persona reside en Colombia desde el 2010-01-01 como residente permanente
    Cuando se evalúa su nacionalidad al 2013-06-01
    Entonces la nacionalidad de Colombia es "no nacional"
    Y queda la vía discrecional de la regla "CO.naturalization.spanish_2005" desde el 2012-01-01

  @CO.naturalization.spouse_2005
  Escenario: Estadounidense casada con colombiano en 2010 y residente desde entonces: dos años
    Dado una persona nacida en Estados Unidos el 1980-02-02
    Y la persona se casó con un nacional de Colombia el 2010-01-01
    Y la persona reside en Colombia desde el 2010-01-01 como residente permanente
    Cuando se evalúa su nacionalidad al 2013-06-01
    Entonces la nacionalidad de Colombia es "no nacional"
    Y queda la vía discrecional de la regla "CO.naturalization.spouse_2005" desde el 2012-01-01
    Y queda la vía discrecional de la regla "CO.naturalization.ordinary_2005" desde el 2015-01-01

  @CO.naturalization.ordinary_2023
  Escenario: Venezolano residente desde 2022: desde la Ley 2332, cinco años también para latinoamericanos
    Dado una persona nacida en Venezuela el 1990-02-02
    Y la persona reside en Colombia desde el 2022-01-01 como residente permanente
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "no nacional"
    Y queda la vía discrecional de la regla "CO.naturalization.ordinary_2023" desde el 2027-01-01
    Y explica que la regla "CO.naturalization.latin_american_2005" no se aplica porque "2023-09-24"

  @CO.naturalization.ordinary_2023
  Escenario: La estancia irregular no cuenta como domicilio
    Dado una persona nacida en Venezuela el 1990-02-02
    Y la persona reside en Colombia desde el 2016-01-01 como irregular
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "no nacional"
    Y no decide la regla "CO.naturalization.ordinary_2023"
    Y no queda ninguna vía discrecional

  @CO.naturalization.spouse_2023 @CO.naturalization.ordinary_2023
  Escenario: Casado con colombiana en 2023 y residente desde entonces: dos años
    Dado una persona nacida en Estados Unidos el 1985-02-02
    Y la persona se casó con una nacional de Colombia el 2023-01-01
    Y la persona reside en Colombia desde el 2023-01-01 como residente permanente
    Cuando se evalúa su nacionalidad al 2024-06-01
    Entonces la nacionalidad de Colombia es "no nacional"
    Y queda la vía discrecional de la regla "CO.naturalization.spouse_2023" desde el 2025-01-01
    Y queda la vía discrecional de la regla "CO.naturalization.ordinary_2023" desde el 2028-01-01

  @CO.naturalization.reciprocity_2023
  Escenario: Española residente desde 2023: dos años por reciprocidad
    Dado una persona nacida en España el 1985-02-02
    Y la persona reside en Colombia desde el 2023-01-01 como residente permanente
    Cuando se evalúa su nacionalidad al 2024-06-01
    Entonces la nacionalidad de Colombia es "no nacional"
    Y queda la vía discrecional de la regla "CO.naturalization.reciprocity_2023" desde el 2025-01-01

  @CO.naturalization.stateless_born_abroad
  Escenario: Nacido en Cuba, reconocido apátrida por Colombia en 2024 y residente: un año
    Dado una persona nacida en Cuba el 1990-02-02
    Y Colombia reconoció a la persona como apátrida el 2024-01-10
    Y la persona reside en Colombia desde el 2024-01-10 como residente permanente
    Cuando se evalúa su nacionalidad al 2024-06-01
    Entonces la nacionalidad de Colombia es "no nacional"
    Y queda la vía discrecional de la regla "CO.naturalization.stateless_born_abroad" desde el 2025-01-10
    Y no decide la regla "CO.birth.stateless_recognized"

  @CO.naturalization.stateless_minor_born_abroad
  Escenario: Niña nacida en Cuba, reconocida apátrida por Colombia: nacionalidad por acto administrativo
    Dado una persona nacida en Cuba el 2015-03-03
    Y Colombia reconoció a la persona como apátrida el 2024-01-10
    Y la persona reside en Colombia desde el 2024-01-10 como residente permanente
    Cuando se evalúa su nacionalidad al 2024-06-01
    Entonces la nacionalidad de Colombia es "no nacional"
    Y queda la vía discrecional de la regla "CO.naturalization.stateless_minor_born_abroad"

  # --- Práctica ------------------------------------------------------------------------------

  @CO.birth.territory_domiciled_parent_2023
  Escenario: Hija de peruanos en situación irregular nacida en 2024: registro "no válido", se advierte la práctica
    Dado una persona nacida en Colombia el 2024-02-10
    Y su madre es nacional de Perú por nacimiento
    Y la situación de su madre en el país de nacimiento es irregular
    Y la persona reside en Panamá desde el 2024-06-01 como irregular
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "no nacional"
    Y no decide la regla "CO.birth.territory_domiciled_parent_2023"
    Y la práctica en Colombia menciona "no válido para demostrar nacionalidad"

  @CO.birth.venezuelan_parent_primero_la_ninez
  Escenario: Hija de venezolana nacida en Colombia en 2022 que ya vive en Panamá, sin inscribir
    Dado una persona nacida en Colombia el 2022-05-10
    Y su madre es nacional de Venezuela por nacimiento
    Y la situación de su madre en el país de nacimiento es irregular
    Y la persona reside en Panamá desde el 2022-08-01 como irregular
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Colombia es "condicional"
    Y decide la regla "CO.birth.venezuelan_parent_primero_la_ninez"
    Y la práctica en Colombia menciona "consulados"

  @CO.birth.abroad_registration
  Escenario: Hijo de colombiano nacido en Venezuela y que vive allí: la apostilla puede suplirse con testigos
    Dado una persona nacida en Venezuela el 2015-05-05
    Y su padre es nacional de Colombia por nacimiento
    Y la persona reside en Venezuela desde el 2015-05-05 como nacional
    Cuando se evalúa su nacionalidad al 2024-06-01
    Entonces la nacionalidad de Colombia es "condicional"
    Y decide la regla "CO.birth.abroad_registration"
    Y la práctica en Colombia menciona "dos testigos"

  # --- Casos trabajados de la investigación (regresión, por la línea de comandos) ----------
  # Todos coinciden con el estado que espera la investigación para Colombia. Precisiones:
  # - CO-009: indeterminada, como en la investigación (Constitución de 1886, domicilio de los
  #   padres o del hijo); la naturalización ordinaria se lista como vía, sin cambiar el estado.
  # - CO-015: indeterminada, como en la investigación, por CO.birth.abroad_parent_lost_1886_unclear.
  # - CO-019: condicional (recuperación tras la negativa de Panamá); la investigación da el riesgo
  #   "apatridia", pero una vía abierta de recuperación es un derecho y el riesgo queda "en riesgo".
  # - CO-020: no nacional; el riesgo es "en riesgo" y no "apatridia" porque Líbano (país de
  #   nacimiento) no tiene paquete y queda indeterminado.
  # - CO-007 y CO-017: no nacional; riesgo "en riesgo" como en la investigación.

  @caso_trabajado
  Esquema del escenario: Caso trabajado <caso>
    Dado el caso trabajado "<caso>"
    Cuando se evalúa con la línea de comandos
    Entonces la nacionalidad de Colombia es "<estado>"
    Y el riesgo de apatridia es coherente con los estados evaluados

    Ejemplos:
      | caso   | estado        |
      | CO-001 | nacional      |
      | CO-003 | nacional      |
      | CO-004 | nacional      |
      | CO-007 | no nacional   |
      | CO-008 | nacional      |
      | CO-009 | indeterminada |
      | CO-010 | nacional      |
      | CO-012 | nacional      |
      | CO-014 | nacional      |
      | CO-015 | indeterminada |
      | CO-016 | nacional      |
      | CO-017 | no nacional   |
      | CO-019 | condicional   |
      | CO-020 | no nacional   |

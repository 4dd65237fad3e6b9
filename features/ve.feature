# language: es
@VE
Característica: Venezuela — nacionalidad por nacimiento, naturalización, pérdida y recuperación
  Constitución de la República Bolivariana de Venezuela (CRBV), arts. 32-36, en vigor desde su
  publicación el 30 de diciembre de 1999, y para quienes nacieron del 23 de enero de 1961 al 29
  de diciembre de 1999, la Constitución de 1961, arts. 35-39 (leída en traducción inglesa), con
  las mismas cuatro reglas de nacimiento. Ley de Nacionalidad y Ciudadanía (LNC) de 2004.
  Venezuela es un país de origen: la pregunta de peso es si el hijo de venezolanos nacido en un
  Estado MIRPS es venezolano. Automático solo con padre Y madre venezolanos por nacimiento; con
  uno solo, al establecer residencia en Venezuela O declarar su voluntad, sin plazo (GLOBALCIT
  solo codifica la residencia: manda el texto); con un progenitor naturalizado, residencia antes
  de los 18 años Y declaración antes de los 25. "Condicional" es solo esa nacionalidad por
  derecho al hacer el acto; toda naturalización del art. 33 es una vía discrecional.
  Las notas de práctica (consulados cerrados) se muestran con la respuesta y nunca la cambian.

  # --- Art. 32 num. 1: ius soli absoluto ---------------------------------------------------

  @VE.birth.ius_soli
  Escenario: Hijo de colombianos en situación irregular nacido en Venezuela
    Dado una persona nacida en Venezuela el 2017-08-03
    Y su madre es nacional de Colombia por nacimiento
    Y la situación de su madre en el país de nacimiento es irregular
    Y su padre es nacional de Colombia por nacimiento
    Y la situación de su padre en el país de nacimiento es irregular
    Y sus padres no están casados
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Venezuela es "nacional"
    Y decide la regla "VE.birth.ius_soli"
    Y la base legal cita "art. 32 num. 1"
    Y el riesgo de apatridia es "ninguno"

  @VE.birth.ius_soli
  Escenario: Hija de diplomáticos mexicanos nacida en Caracas: el texto no excluye a los diplomáticos
    Dado una persona nacida en Venezuela el 2008-09-22
    Y su madre es nacional de México por nacimiento
    Y la situación de su madre en el país de nacimiento es diplomático
    Y su padre es nacional de México por nacimiento
    Y la situación de su padre en el país de nacimiento es diplomático
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Venezuela es "nacional"
    Y decide la regla "VE.birth.ius_soli"

  @VE.birth.ius_soli
  Escenario: Nacida en un avión panameño sobre Venezuela: el espacio aéreo es territorio (art. 11)
    Dado una persona nacida el 2015-04-02 a bordo de un avión con bandera de Panamá, en el territorio de Venezuela
    Y su madre es nacional de Cuba por nacimiento
    Y la situación de su madre en el país de nacimiento es en tránsito
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Venezuela es "nacional"
    Y decide la regla "VE.birth.ius_soli"
    Y la base legal cita "art. 11"

  @VE.birth.ius_soli @fechas
  Escenario: Nacido el 30 de diciembre de 1999, día de publicación de la CRBV
    Dado una persona nacida en Venezuela el 1999-12-30
    Y su madre es nacional de Colombia por nacimiento
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Venezuela es "nacional"
    Y decide la regla "VE.birth.ius_soli"
    Y no decide la regla "VE.birth.ius_soli_1961"

  @VE.birth.ius_soli_1961 @fechas
  Escenario: Nacido el 29 de diciembre de 1999, último día de la Constitución de 1961
    Dado una persona nacida en Venezuela el 1999-12-29
    Y su madre es nacional de Colombia por nacimiento
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Venezuela es "nacional"
    Y decide la regla "VE.birth.ius_soli_1961"
    Y la base legal cita "Constitución de la República de Venezuela de 1961, art. 35 num. 1"

  @VE.birth.ius_soli_1961 @fechas
  Escenario: Nacida el 23 de enero de 1961, primer día de la Constitución de 1961
    Dado una persona nacida en Venezuela el 1961-01-23
    Y su padre es nacional de Italia por nacimiento
    Cuando se evalúa su nacionalidad al 1990-01-01
    Entonces la nacionalidad de Venezuela es "nacional"
    Y decide la regla "VE.birth.ius_soli_1961"
    Y no decide la regla "VE.birth.before_1961"

  @VE.birth.vessel_in_territory_1961_unclear
  Escenario: Nacido en 1980 en un buque panameño en aguas venezolanas: el texto de 1961 sobre el territorio no se leyó
    Dado una persona nacida el 1980-07-14 a bordo de un buque con bandera de Panamá, en el territorio de Venezuela
    Y su madre es nacional de Panamá por nacimiento
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Venezuela es "indeterminada"
    Y decide la regla "VE.birth.vessel_in_territory_1961_unclear"
    Y la razón menciona "mar territorial"

  # --- Antes de la Constitución de 1961 (confianza baja) -------------------------------------

  @VE.birth.before_1961
  Escenario: Nacido en Venezuela en 1950 de padres españoles: venezolano desde 1961 por la lectura del ius soli
    Dado una persona nacida en Venezuela el 1950-03-12
    Y su madre es nacional de España por nacimiento
    Y su padre es nacional de España por nacimiento
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Venezuela es "nacional"
    Y decide la regla "VE.birth.before_1961"

  @VE.birth.before_1961 @fechas
  Escenario: Nacida el 22 de enero de 1961, la víspera de la Constitución de 1961
    Dado una persona nacida en Venezuela el 1961-01-22
    Y su madre es nacional de Venezuela por nacimiento
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Venezuela es "nacional"
    Y decide la regla "VE.birth.before_1961"
    Y no decide la regla "VE.birth.ius_soli_1961"

  @VE.birth.abroad_before_1961_unclear
  Escenario: Nacido en Colombia en 1955 de padre venezolano: las Constituciones anteriores no se leyeron
    Dado una persona nacida en Colombia el 1955-05-05
    Y su padre es nacional de Venezuela por nacimiento
    Y su madre es nacional de Colombia por nacimiento
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Venezuela es "indeterminada"
    Y decide la regla "VE.birth.abroad_before_1961_unclear"
    Y la razón menciona "1953"

  # --- Art. 32 num. 2: padre Y madre venezolanos por nacimiento: automático ------------------

  @VE.birth.abroad_both_parents_by_birth
  Escenario: Nacido en Panamá de padre y madre venezolanos por nacimiento, nunca inscrito: venezolano igual
    Dado una persona nacida en Panamá el 2019-03-12
    Y su madre es nacional de Venezuela por nacimiento
    Y su padre es nacional de Venezuela por nacimiento
    Y sus padres están casados
    Y la persona reside en Panamá desde el 2019-03-12 como residente temporal
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Venezuela es "nacional"
    Y decide la regla "VE.birth.abroad_both_parents_by_birth"
    Y no decide la regla "VE.birth.abroad_parent_by_birth_declaration"
    Y la base legal cita "art. 32 num. 2"
    Y no queda nada pendiente

  @VE.birth.abroad_both_parents_by_birth
  Escenario: Nacida en Panamá en noviembre de 2024 con el consulado cerrado: venezolana en derecho, sin dónde documentarla
    Dado una persona nacida en Panamá el 2024-11-20
    Y su madre es nacional de Venezuela por nacimiento
    Y la situación de su madre en el país de nacimiento es irregular
    Y su padre es nacional de Venezuela por nacimiento
    Y la situación de su padre en el país de nacimiento es irregular
    Y sus padres no están casados
    Y la persona reside en Panamá desde el 2024-11-20 como irregular
    Cuando se evalúa su nacionalidad al 2025-03-01
    Entonces la nacionalidad de Venezuela es "nacional"
    Y decide la regla "VE.birth.abroad_both_parents_by_birth"
    Y la práctica en Venezuela menciona "Panamá suspendidos desde el 29-07-2024"
    Y el riesgo de apatridia es "ninguno"

  @VE.birth.abroad_both_parents_by_birth
  Escenario: El padre no casado la reconoce después: desde entonces rige el num. 2
    Dado una persona nacida en Panamá el 2024-11-20
    Y su madre es nacional de Venezuela por nacimiento
    Y su padre es nacional de Venezuela por nacimiento
    Y su padre la reconoció el 2025-06-10
    Y sus padres no están casados
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Venezuela es "nacional"
    Y decide la regla "VE.birth.abroad_both_parents_by_birth"

  @VE.birth.abroad_both_parents_by_birth @VE.birth.abroad_parent_by_birth_declaration
  Escenario: Madre venezolana por nacimiento y padre venezolano por naturalización: no es el num. 2 sino el num. 3
    Dado una persona nacida en México el 2021-04-04
    Y su madre es nacional de Venezuela por nacimiento
    Y su padre es nacional de Colombia por nacimiento
    Y su padre es nacional de Venezuela por naturalización desde el 2012-01-01
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces no decide la regla "VE.birth.abroad_both_parents_by_birth"
    Y la nacionalidad de Venezuela es "condicional"
    Y queda pendiente "nationality_declaration" por el progenitor hasta el 2039-04-03

  @VE.birth.abroad_both_parents_by_birth_1961
  Escenario: Nacido en Estados Unidos en 1980 de padre y madre venezolanos por nacimiento
    Dado una persona nacida en Estados Unidos el 1980-02-14
    Y su madre es nacional de Venezuela por nacimiento
    Y su padre es nacional de Venezuela por nacimiento
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Venezuela es "nacional"
    Y decide la regla "VE.birth.abroad_both_parents_by_birth_1961"
    Y la base legal cita "art. 35 num. 2"

  @VE.birth.abroad_both_parents_by_birth_1961 @VE.birth.abroad_parent_by_birth_declaration_1961
  Escenario: La madre había perdido la nacionalidad al naturalizarse en Estados Unidos antes del nacimiento
    Dado una persona nacida en Estados Unidos el 1985-09-01
    Y su madre es nacional de Venezuela por nacimiento
    Y su madre perdió la nacionalidad de Venezuela el 1982-05-20
    Y su madre es nacional de Estados Unidos por naturalización desde el 1982-05-20
    Y su padre es nacional de Venezuela por nacimiento
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces no decide la regla "VE.birth.abroad_both_parents_by_birth_1961"
    Y la nacionalidad de Venezuela es "condicional"
    Y queda pendiente "nationality_declaration" por la propia persona desde el 2003-09-01

  # --- Art. 32 num. 3: un progenitor venezolano por nacimiento: residencia O declaración -------
  # El caso clave: la hija de una madre venezolana soltera nacida en Panamá no es venezolana
  # hasta que se declare su voluntad (la inscripción consular por la madre) o viva en Venezuela.
  # Sin plazo. Entre el 29-07-2024 y el 07-10-2025 no había consulado en Panamá donde hacerlo.

  @VE.birth.abroad_parent_by_birth_declaration @VE.birth.abroad_parent_by_birth_residence
  Escenario: Hija de madre venezolana soltera nacida en Panamá con el consulado cerrado: aún no es venezolana
    Dado una persona nacida en Panamá el 2025-01-15
    Y su madre es nacional de Venezuela por nacimiento
    Y la situación de su madre en el país de nacimiento es irregular
    Y su padre es desconocido
    Y la persona reside en Panamá desde el 2025-01-15 como irregular
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Venezuela es "condicional"
    Y decide la regla "VE.birth.abroad_parent_by_birth_declaration"
    Y decide la regla "VE.birth.abroad_parent_by_birth_residence"
    Y queda pendiente "nationality_declaration" por el progenitor hasta el 2043-01-14
    Y queda pendiente "nationality_declaration" por la propia persona desde el 2043-01-15
    Y queda pendiente "domicile" por la propia persona
    Y la práctica en Venezuela menciona "no podía inscribirse"
    Y la nacionalidad de Panamá es "nacional"
    Y el riesgo de apatridia es "ninguno"

  @VE.birth.abroad_parent_by_birth_declaration
  Escenario: La misma niña, inscrita por su madre en el consulado reabierto: venezolana por nacimiento
    Dado una persona nacida en Panamá el 2025-01-15
    Y su madre es nacional de Venezuela por nacimiento
    Y su padre es desconocido
    Y la persona reside en Panamá desde el 2025-01-15 como irregular
    Y su madre inscribió el nacimiento en el consulado de Venezuela el 2025-10-20
    Cuando se evalúa su nacionalidad al 2025-11-01
    Entonces la nacionalidad de Venezuela es "nacional"
    Y decide la regla "VE.birth.abroad_parent_by_birth_declaration"
    Y no decide la regla "VE.birth.abroad_parent_by_birth_residence"

  @VE.birth.abroad_parent_by_birth_declaration
  Escenario: Adulta de 30 años nacida en Estados Unidos, nunca inscrita ni residente en Venezuela: aún puede declarar
    Dado una persona nacida en Estados Unidos el 2000-03-01
    Y su madre es nacional de Venezuela por nacimiento
    Y su padre es nacional de Estados Unidos por nacimiento
    Y la persona reside en Estados Unidos desde el 2000-03-01 como nacional
    Cuando se evalúa su nacionalidad al 2030-06-01
    Entonces la nacionalidad de Venezuela es "condicional"
    Y queda pendiente "nationality_declaration" por la propia persona desde el 2018-03-01
    Y la práctica en Venezuela menciona "Consulado General en México"

  @VE.birth.abroad_parent_by_birth_declaration
  Escenario: La declaración hecha por ella misma a los 26 años: no hay plazo
    Dado una persona nacida en Estados Unidos el 2000-03-01
    Y su madre es nacional de Venezuela por nacimiento
    Y su padre es nacional de Estados Unidos por nacimiento
    Y la persona declaró optar por la nacionalidad de Venezuela el 2026-04-01
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Venezuela es "nacional"
    Y decide la regla "VE.birth.abroad_parent_by_birth_declaration"
    Y la base legal cita "art. 32 num. 3"

  @VE.birth.abroad_parent_by_birth_declaration
  Escenario: El progenitor es venezolano por naturalización: el num. 3 no se aplica
    Dado una persona nacida en Costa Rica el 2016-08-08
    Y su madre es nacional de Venezuela por naturalización desde el 2008-02-02
    Y su padre es desconocido
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces no decide la regla "VE.birth.abroad_parent_by_birth_declaration"
    Y decide la regla "VE.birth.abroad_parent_naturalized_no_residence"

  @VE.birth.abroad_parent_by_birth_residence
  Escenario: Nacido en Panamá de padre venezolano por nacimiento y madre panameña; la familia se muda a Venezuela
    Dado una persona nacida en Panamá el 2008-06-20
    Y su padre es nacional de Venezuela por nacimiento
    Y su madre es nacional de Panamá por nacimiento
    Y sus padres están casados
    Y la persona reside en Venezuela desde el 2012-01-10 como nacional
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Venezuela es "nacional"
    Y decide la regla "VE.birth.abroad_parent_by_birth_residence"
    Y no decide la regla "VE.birth.abroad_parent_by_birth_declaration"

  @VE.birth.abroad_parent_by_birth_residence_1961
  Escenario: Nacido en Estados Unidos en 1975 de padre venezolano por nacimiento, en Venezuela desde 1980
    Dado una persona nacida en Estados Unidos el 1975-09-01
    Y su padre es nacional de Venezuela por nacimiento
    Y su madre es nacional de Estados Unidos por nacimiento
    Y la persona reside en Venezuela desde el 1980-07-01 como nacional
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Venezuela es "nacional"
    Y decide la regla "VE.birth.abroad_parent_by_birth_residence_1961"
    Y la base legal cita "art. 35 num. 3"

  @VE.birth.abroad_parent_by_birth_declaration_1961
  Escenario: Nacida en España en 1985 de padre venezolano por nacimiento, declara en 2020: venezolana por nacimiento
    Dado una persona nacida en España el 1985-11-11
    Y su padre es nacional de Venezuela por nacimiento
    Y su madre es nacional de España por nacimiento
    Y la persona declaró optar por la nacionalidad de Venezuela el 2020-02-03
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Venezuela es "nacional"
    Y decide la regla "VE.birth.abroad_parent_by_birth_declaration_1961"

  # --- Art. 32 num. 4: progenitor naturalizado: residencia antes de 18 Y declaración antes de 25

  @VE.birth.abroad_parent_naturalized
  Escenario: Nacida en Guatemala de padre naturalizado venezolano; en Venezuela desde los 10 años, declara a los 19
    Dado una persona nacida en Guatemala el 2003-02-11
    Y su padre es nacional de Colombia por nacimiento
    Y su padre es nacional de Venezuela por naturalización desde el 1995-07-01
    Y su madre es nacional de Guatemala por nacimiento
    Y la persona reside en Venezuela desde el 2013-09-01 como residente permanente
    Y la persona declaró ante Venezuela su nacionalidad de origen el 2022-06-20
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Venezuela es "nacional"
    Y decide la regla "VE.birth.abroad_parent_naturalized"
    Y la base legal cita "art. 32 num. 4"

  @VE.birth.abroad_parent_naturalized
  Escenario: La misma, sin declarar a los 23 años: debe declarar antes de cumplir 25
    Dado una persona nacida en Guatemala el 2003-02-11
    Y su padre es nacional de Venezuela por naturalización desde el 1995-07-01
    Y su madre es nacional de Guatemala por nacimiento
    Y la persona reside en Venezuela desde el 2013-09-01 como residente permanente
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Venezuela es "condicional"
    Y queda pendiente "nationality_declaration" por la propia persona desde el 2021-02-11 hasta el 2028-02-10

  @VE.birth.abroad_parent_naturalized @fechas
  Escenario: Sin declarar al cumplir 25 años: la vía por nacimiento está cerrada
    Dado una persona nacida en Guatemala el 2003-02-11
    Y su padre es nacional de Venezuela por naturalización desde el 1995-07-01
    Y su madre es nacional de Guatemala por nacimiento
    Y la persona reside en Venezuela desde el 2013-09-01 como residente permanente
    Cuando se evalúa su nacionalidad al 2028-02-11
    Entonces la nacionalidad de Venezuela es "no nacional"
    Y decide la regla "VE.birth.abroad_parent_naturalized"
    Y queda la vía discrecional de la regla "VE.naturalization.by_origin" desde el 2021-02-11

  @VE.birth.abroad_parent_naturalized_no_residence
  Escenario: Niño nacido en Panamá de madre venezolana por naturalización, que vive en Panamá: debe residir en Venezuela antes de los 18
    Dado una persona nacida en Panamá el 2018-05-10
    Y su madre es nacional de Venezuela por naturalización desde el 2010-03-01
    Y su padre es nacional de Panamá por nacimiento
    Y la persona reside en Panamá desde el 2018-05-10 como nacional
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Venezuela es "condicional"
    Y decide la regla "VE.birth.abroad_parent_naturalized_no_residence"
    Y queda pendiente "domicile" por la propia persona hasta el 2036-05-09
    Y queda pendiente "nationality_declaration" por el progenitor hasta el 2036-05-09
    Y queda pendiente "nationality_declaration" por la propia persona desde el 2036-05-10 hasta el 2043-05-09

  @VE.birth.abroad_parent_naturalized_no_residence
  Escenario: Adulto de 20 años que nunca vivió en Venezuela: no es venezolano
    Dado una persona nacida en Costa Rica el 2005-10-10
    Y su madre es nacional de Venezuela por naturalización desde el 2000-01-01
    Y su padre es nacional de Costa Rica por nacimiento
    Y la persona reside en Costa Rica desde el 2005-10-10 como nacional
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Venezuela es "no nacional"
    Y decide la regla "VE.birth.abroad_parent_naturalized_no_residence"

  @VE.birth.abroad_parent_naturalized_no_residence
  Escenario: La madre se naturalizó después del nacimiento: el num. 4 no se aplica
    Dado una persona nacida en Panamá el 2012-05-10
    Y su madre es nacional de Colombia por nacimiento
    Y su madre es nacional de Venezuela por naturalización desde el 2016-03-01
    Y la persona reside en Panamá desde el 2012-05-10 como nacional
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces no decide la regla "VE.birth.abroad_parent_naturalized_no_residence"
    Y la nacionalidad de Venezuela es "no nacional"
    Y no queda ninguna vía discrecional

  @VE.birth.abroad_parent_naturalized_1961
  Escenario: Nacido en Colombia en 1980 de padre naturalizado en 1975, en Venezuela desde 1985, declara en 2000
    Dado una persona nacida en Colombia el 1980-04-04
    Y su padre es nacional de Venezuela por naturalización desde el 1975-06-01
    Y su madre es nacional de Colombia por nacimiento
    Y la persona reside en Venezuela desde el 1985-01-01 como residente permanente
    Y la persona declaró ante Venezuela su nacionalidad de origen el 2000-03-01
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Venezuela es "nacional"
    Y decide la regla "VE.birth.abroad_parent_naturalized_1961"

  @VE.birth.abroad_parent_naturalized_no_residence_1961
  Escenario: Nacida en Colombia en 1970 de padre naturalizado, nunca vivió en Venezuela: evaluada a los 30 años
    Dado una persona nacida en Colombia el 1970-06-06
    Y su padre es nacional de Venezuela por naturalización desde el 1965-01-01
    Y su madre es nacional de Colombia por nacimiento
    Cuando se evalúa su nacionalidad al 2000-06-06
    Entonces la nacionalidad de Venezuela es "no nacional"
    Y decide la regla "VE.birth.abroad_parent_naturalized_no_residence_1961"

  # --- Expósitos y buques ------------------------------------------------------------------

  @VE.birth.foundling
  Escenario: Expósito hallado en Maracaibo: venezolano por la práctica de inscribirlo como nacido en Venezuela
    Dado una persona expósita hallada en Venezuela, nacida hacia el 2018-02-01
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Venezuela es "nacional"
    Y decide la regla "VE.birth.foundling"
    Y el riesgo de apatridia es "ninguno"

  @VE.birth.flag_vessel_unclear
  Escenario: Nacida en un buque venezolano en alta mar, de padres colombianos: sin norma
    Dado una persona nacida el 2015-10-12 a bordo de un buque con bandera de Venezuela, fuera de todo territorio
    Y su madre es nacional de Colombia por nacimiento
    Y su padre es nacional de Colombia por nacimiento
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Venezuela es "indeterminada"
    Y decide la regla "VE.birth.flag_vessel_unclear"
    Y la razón menciona "1961"

  @VE.birth.flag_vessel_unclear @VE.birth.abroad_parent_by_birth_declaration
  Escenario: Nacida en un buque venezolano en alta mar de madre venezolana por nacimiento: decide el num. 3
    Dado una persona nacida el 2015-10-12 a bordo de un buque con bandera de Venezuela, fuera de todo territorio
    Y su madre es nacional de Venezuela por nacimiento
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Venezuela es "condicional"
    Y decide la regla "VE.birth.abroad_parent_by_birth_declaration"
    Y no decide la regla "VE.birth.flag_vessel_unclear"

  # --- Pérdida: Constitución de 1961 (art. 39 num. 1) y CRBV (arts. 34-36) ------------------

  @VE.loss.foreign_nationality_1961
  Escenario: Venezolana por nacimiento que se naturalizó en Estados Unidos en 1990, evaluada en 1995
    Dado una persona nacida en Venezuela el 1962-04-10
    Y su madre es nacional de Venezuela por nacimiento
    Y la persona se naturalizó en Estados Unidos el 1990-06-15
    Cuando se evalúa su nacionalidad al 1995-01-01
    Entonces la nacionalidad de Venezuela es "no nacional"
    Y decide la regla "VE.loss.foreign_nationality_1961"

  @VE.loss.foreign_nationality_1961 @fechas
  Escenario: Naturalizada en Estados Unidos el 30 de diciembre de 1999: la CRBV ya no lo castiga (art. 34)
    Dado una persona nacida en Venezuela el 1962-04-10
    Y su madre es nacional de Venezuela por nacimiento
    Y la persona se naturalizó en Estados Unidos el 1999-12-30
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Venezuela es "nacional"
    Y no decide la regla "VE.loss.foreign_nationality_1961"
    Y decide la regla "VE.birth.ius_soli_1961"

  @VE.loss.foreign_nationality_1961 @fechas
  Escenario: Naturalizado en Estados Unidos el 29 de diciembre de 1999, último día de la Constitución de 1961
    Dado una persona nacida en Venezuela el 1962-04-10
    Y su madre es nacional de Venezuela por nacimiento
    Y la persona se naturalizó en Estados Unidos el 1999-12-29
    Cuando se evalúa su nacionalidad al 1999-12-29
    Entonces la nacionalidad de Venezuela es "no nacional"
    Y decide la regla "VE.loss.foreign_nationality_1961"

  @VE.loss.pre1999_loss_unclear
  Escenario: La misma que se naturalizó en 1990, evaluada hoy: no se sabe si la CRBV le devolvió la nacionalidad
    Dado una persona nacida en Venezuela el 1962-04-10
    Y su madre es nacional de Venezuela por nacimiento
    Y la persona se naturalizó en Estados Unidos el 1990-06-15
    Y la persona reside en Panamá desde el 2019-01-01 como residente permanente
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Venezuela es "indeterminada"
    Y decide la regla "VE.loss.pre1999_loss_unclear"
    Y la razón menciona "art. 34"

  @VE.loss.renunciation
  Escenario: Venezolano por nacimiento que se naturalizó en España y renunció en 2015
    Dado una persona nacida en Venezuela el 1980-05-05
    Y su padre es nacional de Venezuela por nacimiento
    Y la persona se naturalizó en España el 2010-01-01
    Y la persona renunció a la nacionalidad de Venezuela el 2015-03-01
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Venezuela es "no nacional"
    Y decide la regla "VE.loss.renunciation"

  @VE.loss.renunciation
  Escenario: Renuncia sin otra nacionalidad: no es válida (LNC art. 13)
    Dado una persona nacida en Venezuela el 1980-05-05
    Y su padre es nacional de Venezuela por nacimiento
    Y la persona renunció a la nacionalidad de Venezuela el 2015-03-01
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Venezuela es "nacional"
    Y no decide la regla "VE.loss.renunciation"
    Y el riesgo de apatridia es "ninguno"

  @VE.loss.renunciation_1999
  Escenario: Renuncia en 2002, antes de la LNC: no se leyó salvaguardia
    Dado una persona nacida en Venezuela el 1970-05-05
    Y su padre es nacional de Venezuela por nacimiento
    Y la persona se naturalizó en Italia el 2001-01-01
    Y la persona renunció a la nacionalidad de Venezuela el 2002-03-01
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Venezuela es "no nacional"
    Y decide la regla "VE.loss.renunciation_1999"

  @VE.loss.renunciation_naturalized
  Escenario: Venezolano por naturalización que renuncia: la ley no lo protege de la apatridia
    Dado una persona nacida en Colombia el 1970-01-01
    Y la persona reside en Venezuela desde el 1990-01-01 como residente permanente
    Y la persona se naturalizó en Venezuela el 2005-01-01
    Y la persona renunció a la nacionalidad de Venezuela el 2015-01-01
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Venezuela es "no nacional"
    Y decide la regla "VE.loss.renunciation_naturalized"

  @VE.loss.recovery
  Escenario: Renunció en 2015 y vive en Venezuela desde 2022: puede recuperarla declarando su voluntad
    Dado una persona nacida en Venezuela el 1980-05-05
    Y su padre es nacional de Venezuela por nacimiento
    Y la persona se naturalizó en España el 2010-01-01
    Y la persona renunció a la nacionalidad de Venezuela el 2015-03-01
    Y la persona reside en Venezuela desde el 2022-01-01 como residente permanente
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Venezuela es "condicional"
    Y queda pendiente "recovery_application" por la propia persona

  @VE.loss.recovered
  Escenario: Declara su voluntad de recuperarla tras tres años de domicilio: venezolano por nacimiento otra vez
    Dado una persona nacida en Venezuela el 1980-05-05
    Y su padre es nacional de Venezuela por nacimiento
    Y la persona se naturalizó en España el 2010-01-01
    Y la persona renunció a la nacionalidad de Venezuela el 2015-03-01
    Y la persona reside en Venezuela desde el 2022-01-01 como residente permanente
    Y la persona declaró ante Venezuela su nacionalidad de origen el 2025-02-01
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Venezuela es "nacional"
    Y decide la regla "VE.loss.recovered"

  # --- Revocación y nulidad: solo el naturalizado ------------------------------------------

  @VE.loss.revocation
  Escenario: Naturalizado revocado por sentencia: sin salvaguardia contra la apatridia
    Dado una persona nacida en Colombia el 1970-01-01
    Y la persona reside en Venezuela desde el 1990-01-01 como residente permanente
    Y la persona se naturalizó en Venezuela el 2000-01-01
    Y Venezuela privó a la persona de su nacionalidad por sentencia el 2020-06-01
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Venezuela es "no nacional"
    Y decide la regla "VE.loss.revocation"

  @VE.loss.revocation @VE.loss.naturalization_annulled_unclear
  Escenario: Opositor venezolano por nacimiento, 'privado' de la nacionalidad en 2025: sigue siendo venezolano (art. 35)
    Dado una persona nacida en Venezuela el 1971-04-29
    Y su madre es nacional de Venezuela por nacimiento
    Y su padre es nacional de Venezuela por nacimiento
    Y la persona reside en Panamá desde el 2020-10-25 como solicitante de asilo
    Y Venezuela privó a la persona de su nacionalidad por sentencia el 2025-11-01
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Venezuela es "nacional"
    Y no decide la regla "VE.loss.revocation"
    Y no decide la regla "VE.loss.naturalization_annulled_unclear"
    Y decide la regla "VE.birth.ius_soli_1961"
    Y el riesgo de apatridia es "ninguno"

  # --- Naturalización (art. 33): vías discrecionales -----------------------------------------

  @VE.naturalization.granted
  Escenario: Colombiana casada con venezolano, naturalizada por declaración en 1971 (Constitución de 1961)
    Dado una persona nacida en Colombia el 1948-08-08
    Y la persona es una mujer
    Y la persona reside en Venezuela desde el 1970-01-01 como nacional
    Y la persona se naturalizó en Venezuela el 1971-02-01
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Venezuela es "nacional"
    Y decide la regla "VE.naturalization.granted"

  @VE.naturalization.ordinary
  Escenario: Estadounidense residente en Venezuela desde 2018: podrá pedir la carta a los diez años
    Dado una persona nacida en Estados Unidos el 1980-04-01
    Y la persona reside en Venezuela desde el 2018-01-15 como residente permanente
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Venezuela es "no nacional"
    Y queda la vía discrecional de la regla "VE.naturalization.ordinary" desde el 2028-01-15

  @VE.naturalization.by_origin @VE.naturalization.ordinary
  Escenario: Colombiano residente en Venezuela desde 2020: cinco años por su origen latinoamericano
    Dado una persona nacida en Colombia el 1990-07-07
    Y la persona reside en Venezuela desde el 2020-03-01 como residente temporal
    Cuando se evalúa su nacionalidad al 2026-06-01
    Entonces la nacionalidad de Venezuela es "no nacional"
    Y queda la vía discrecional de la regla "VE.naturalization.by_origin" desde el 2025-03-01
    Y queda la vía discrecional de la regla "VE.naturalization.ordinary" desde el 2030-03-01

  @VE.naturalization.spouse
  Escenario: Cubana casada con un venezolano desde 2015: puede declarar su voluntad desde 2020, sin residir en Venezuela
    Dado una persona nacida en Cuba el 1985-06-01
    Y la persona se casó con un nacional de Venezuela el 2015-04-10
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Venezuela es "no nacional"
    Y queda la vía discrecional de la regla "VE.naturalization.spouse" desde el 2020-04-10

  @VE.naturalization.spouse
  Escenario: Casado hace tres años: la vía del cónyuge aún no se lista
    Dado una persona nacida en Cuba el 1985-06-01
    Y la persona se casó con una nacional de Venezuela el 2022-04-10
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Venezuela es "no nacional"
    Y no queda ninguna vía discrecional
    Y explica que la regla "VE.naturalization.spouse" no se aplica porque "al menos 5"

  @VE.naturalization.spouse_wife_1961
  Escenario: En 1980, la mujer extranjera casada con un venezolano podía declarar su voluntad
    Dado una persona nacida en Colombia el 1950-01-01
    Y la persona es una mujer
    Y la persona se casó con un nacional de Venezuela el 1975-05-05
    Cuando se evalúa su nacionalidad al 1980-01-01
    Entonces la nacionalidad de Venezuela es "no nacional"
    Y queda la vía discrecional de la regla "VE.naturalization.spouse_wife_1961"

  @VE.naturalization.spouse_wife_1961
  Escenario: El marido extranjero de una venezolana no tenía esa vía antes de 1999
    Dado una persona nacida en Colombia el 1950-01-01
    Y la persona es un hombre
    Y la persona se casó con una nacional de Venezuela el 1975-05-05
    Cuando se evalúa su nacionalidad al 1980-01-01
    Entonces la nacionalidad de Venezuela es "no nacional"
    Y no queda ninguna vía discrecional
    Y no decide la regla "VE.naturalization.spouse_wife_1961"

  @VE.naturalization.minor_child
  Escenario: Niña colombiana en Venezuela desde 2012; su madre se naturalizó en 2015: declaración antes de los 21
    Dado una persona nacida en Colombia el 2010-02-02
    Y su madre es nacional de Colombia por nacimiento
    Y su madre es nacional de Venezuela por naturalización desde el 2015-05-01
    Y la persona reside en Venezuela desde el 2012-01-01 como residente permanente
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Venezuela es "no nacional"
    Y queda la vía discrecional de la regla "VE.naturalization.minor_child" desde el 2017-01-01
    Y no decide la regla "VE.birth.abroad_parent_naturalized"

  @VE.naturalization.minor_child_1961
  Escenario: En 1985, hijo menor de un naturalizado, residente en Venezuela: podía declarar antes de los 25
    Dado una persona nacida en Colombia el 1970-03-03
    Y su padre es nacional de Venezuela por naturalización desde el 1975-06-01
    Y la persona reside en Venezuela desde el 1972-01-01 como residente permanente
    Cuando se evalúa su nacionalidad al 1985-01-01
    Entonces la nacionalidad de Venezuela es "no nacional"
    Y queda la vía discrecional de la regla "VE.naturalization.minor_child_1961"

  # --- Casos trabajados de la investigación (regresión, por la línea de comandos) ----------
  # Todos coinciden con la respuesta de la investigación (/work/shared/legal/cases/VE.yaml).
  # Precisiones:
  # - VE-006 y VE-008: "nacional" por el art. 32 num. 3. VE-006 porque la inscripción consular
  #   hecha por la madre se toma como la declaración del menor (lectura de la investigación, sin
  #   verificar en la LNC); VE-008 por la residencia en Venezuela (y también por su inscripción
  #   consular de 2012).
  # - VE-009: "nacional" por el art. 32 num. 4, pero el motor no comprueba que la residencia en
  #   Venezuela empezara antes de los 18 años (empezó a los 10): un período de residencia no
  #   tiene el hecho "edad al empezar".
  # - VE-013: "indeterminada", como en la investigación; el riesgo sale "en riesgo" y no
  #   "ninguno" porque la nacionalidad estadounidense no está codificada (README de la
  #   investigación).
  # - VE-014: "nacional" por la práctica registral (no hay presunción legal para expósitos).
  # - VE-015: "indeterminada" (buque venezolano en alta mar, sin norma).
  # - VE-018: "nacional" por el num. 2 una vez reconocida por el padre; se toma que el
  #   reconocimiento surte efecto desde el nacimiento (sin verificar).

  @caso_trabajado
  Esquema del escenario: Caso trabajado <caso>
    Dado el caso trabajado "<caso>"
    Cuando se evalúa con la línea de comandos
    Entonces la nacionalidad de Venezuela es "<estado>"
    Y el riesgo de apatridia es coherente con los estados evaluados

    Ejemplos:
      | caso   | estado        |
      | VE-001 | nacional      |
      | VE-002 | nacional      |
      | VE-003 | nacional      |
      | VE-004 | nacional      |
      | VE-006 | nacional      |
      | VE-008 | nacional      |
      | VE-009 | nacional      |
      | VE-012 | nacional      |
      | VE-013 | indeterminada |
      | VE-014 | nacional      |
      | VE-015 | indeterminada |
      | VE-017 | nacional      |
      | VE-018 | nacional      |
      | VE-020 | nacional      |

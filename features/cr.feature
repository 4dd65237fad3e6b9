# language: es
@CR
Característica: Costa Rica — nacionalidad por nacimiento, naturalización y pérdida
  Constitución Política de 1949, art. 13 (sin reforma conocida desde el 8 de noviembre de 1949),
  art. 14 (naturalización) y art. 16 antes y después de la Ley N° 7514 (6 de junio de 1995), y
  para quienes nacieron antes de 1949, la Constitución de 1871, art. 5 (leída solo en traducción).
  "Condicional" es solo la nacionalidad que se tiene por derecho al hacer un acto (la inscripción
  del art. 13); toda naturalización del art. 14 es una vía discrecional: se lista aparte y nunca
  cambia el estado ni baja el riesgo.
  Cada escenario describe los hechos, la respuesta esperada y la regla que la decide.

  # --- Art. 13 inc. 1: hijo de padre o madre costarricense nacido en el territorio ----------

  @CR.birth.soli_cr_parent
  Escenario: Hijo de madre costarricense por naturalización nacido en Costa Rica
    Dado una persona nacida en Costa Rica el 2016-07-20
    Y su madre es nacional de Honduras por nacimiento
    Y su madre es nacional de Costa Rica por naturalización desde el 2014-05-02
    Y su padre es desconocido
    Y sus padres no están casados
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Costa Rica es "nacional"
    Y decide la regla "CR.birth.soli_cr_parent"
    Y la base legal cita "Constitución Política, art. 13 inc. 1"
    Y el riesgo de apatridia es "ninguno"

  @CR.birth.soli_cr_parent
  Escenario: La madre se naturalizó después del nacimiento: no era costarricense al nacer el hijo
    Dado una persona nacida en Costa Rica el 2012-07-20
    Y su madre es nacional de Honduras por nacimiento
    Y su madre es nacional de Costa Rica por naturalización desde el 2014-05-02
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces no decide la regla "CR.birth.soli_cr_parent"
    Y la nacionalidad de Costa Rica es "condicional"

  # --- Art. 13 inc. 2: nacido en el extranjero de progenitor costarricense por nacimiento ---

  @CR.birth.abroad_parent_by_birth
  Escenario: Nacida en México, el padre costarricense por nacimiento la reconoce y la inscribe siendo menor
    Dado una persona nacida en México el 2007-11-05
    Y su madre es nacional de México por nacimiento
    Y su padre es nacional de Costa Rica por nacimiento
    Y su padre la reconoció el 2012-04-10
    Y sus padres no están casados
    Y su padre inscribió el nacimiento en el consulado de Costa Rica el 2012-06-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Costa Rica es "nacional"
    Y decide la regla "CR.birth.abroad_parent_by_birth"
    Y la base legal cita "art. 13 inc. 2"

  @CR.birth.abroad_parent_by_birth
  Escenario: Sin inscribir a los 24 años: la propia persona puede inscribirse hasta el día antes de cumplir 25
    Dado una persona nacida en Estados Unidos el 2000-09-10
    Y su madre es nacional de Costa Rica por nacimiento
    Y su padre es desconocido
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Costa Rica es "condicional"
    Y decide la regla "CR.birth.abroad_parent_by_birth"
    Y queda pendiente "registration" por la propia persona desde el 2018-09-10 hasta el 2025-09-09

  @CR.birth.abroad_parent_by_birth
  Escenario: Menor sin inscribir: puede inscribirlo el progenitor mientras sea menor, o él mismo después
    Dado una persona nacida en Panamá el 2015-01-10
    Y su padre es nacional de Costa Rica por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Costa Rica es "condicional"
    Y queda pendiente "registration" por el progenitor hasta el 2033-01-09
    Y queda pendiente "registration" por la propia persona desde el 2033-01-10 hasta el 2040-01-09

  @CR.birth.abroad_parent_by_birth
  Escenario: Mayor de 25 años sin inscribir: la vía por nacimiento está cerrada
    Dado una persona nacida en Estados Unidos el 1995-03-01
    Y su madre es nacional de Costa Rica por nacimiento
    Y su padre es nacional de Costa Rica por nacimiento
    Y sus padres están casados
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Costa Rica es "no nacional"
    Y decide la regla "CR.birth.abroad_parent_by_birth"
    Y no queda nada pendiente

  @CR.birth.abroad_parent_by_birth
  Escenario: Hijo nacido en el extranjero de madre costarricense por naturalización: no hay transmisión
    Dado una persona nacida en Nicaragua el 2015-06-01
    Y su madre es nacional de Costa Rica por naturalización desde el 2010-01-01
    Y su padre es nacional de Nicaragua por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces no decide la regla "CR.birth.abroad_parent_by_birth"
    Y la nacionalidad de Costa Rica es "no nacional"

  @fechas @CR.birth.abroad_parent_by_birth
  Escenario: Inscrita por ella misma el día antes de cumplir 25 años: a tiempo
    Dado una persona nacida en Estados Unidos el 2000-09-10
    Y su madre es nacional de Costa Rica por nacimiento
    Y la persona inscribió su nacimiento en el Registro Civil de Costa Rica el 2025-09-09
    Cuando se evalúa su nacionalidad al 2025-10-01
    Entonces la nacionalidad de Costa Rica es "nacional"
    Y decide la regla "CR.birth.abroad_parent_by_birth"

  @fechas @CR.birth.abroad_parent_by_birth
  Escenario: Inscrita el día en que cumple 25 años: tarde
    Dado una persona nacida en Estados Unidos el 2000-09-10
    Y su madre es nacional de Costa Rica por nacimiento
    Y la persona inscribió su nacimiento en el Registro Civil de Costa Rica el 2025-09-10
    Cuando se evalúa su nacionalidad al 2025-10-01
    Entonces la nacionalidad de Costa Rica es "no nacional"
    Y decide la regla "CR.birth.abroad_parent_by_birth"

  @fechas @CR.birth.abroad_parent_by_birth
  Escenario: Nacida un 29 de febrero: cumple 25 años el 1 de marzo y el plazo vence el 28 de febrero
    Dado una persona nacida en Estados Unidos el 2000-02-29
    Y su madre es nacional de Costa Rica por nacimiento
    Cuando se evalúa su nacionalidad al 2025-02-01
    Entonces la nacionalidad de Costa Rica es "condicional"
    Y queda pendiente "registration" por la propia persona desde el 2018-03-01 hasta el 2025-02-28

  # --- Art. 13 inc. 3: hijo de padres extranjeros nacido en Costa Rica ----------------------

  @CR.birth.soli_foreign_parents
  Escenario: Hija de migrantes nicaragüenses en situación irregular, inscrita al nacer
    Dado una persona nacida en Costa Rica el 2012-03-04
    Y su madre es nacional de Nicaragua por nacimiento
    Y la situación de su madre en el país de nacimiento es irregular
    Y su padre es nacional de Nicaragua por nacimiento
    Y la situación de su padre en el país de nacimiento es irregular
    Y el nacimiento se inscribió en el Registro Civil de Costa Rica el 2012-03-09
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Costa Rica es "nacional"
    Y decide la regla "CR.birth.soli_foreign_parents"
    Y la base legal cita "art. 13 inc. 3"
    Y el riesgo de apatridia es "ninguno"

  @CR.birth.soli_foreign_parents
  Escenario: Sin inscribir a los 24 años, hija de madre nicaragüense: aún puede inscribirse ella misma
    Dado una persona nacida en Costa Rica el 2001-02-14
    Y su madre es nacional de Nicaragua por nacimiento
    Y su padre es desconocido
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Costa Rica es "condicional"
    Y decide la regla "CR.birth.soli_foreign_parents"
    Y queda pendiente "registration" por la propia persona hasta el 2026-02-13
    # nicaragüense por filiación, en cualquier lugar (Nicaragua tiene paquete, issue 13)
    Y la nacionalidad de Nicaragua es "nacional"
    Y el riesgo de apatridia es "ninguno"

  @CR.birth.soli_foreign_parents
  Escenario: Hijo de padres de nacionalidad desconocida, nunca inscrito, con 29 años: vía cerrada
    Dado una persona nacida en Costa Rica el 1996-05-10
    Y su madre no tiene nacionalidad conocida
    Y su madre nació en Panamá
    Y su padre no tiene nacionalidad conocida
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Costa Rica es "no nacional"
    Y decide la regla "CR.birth.soli_foreign_parents"
    Y el riesgo de apatridia es "en riesgo"

  @CR.birth.soli_foreign_parents
  Escenario: Hijo de diplomáticos extranjeros: el inciso 3 no los excluye, depende de que lo inscriban
    Dado una persona nacida en Costa Rica el 2020-01-15
    Y su madre es nacional de Francia por nacimiento
    Y la situación de su madre en el país de nacimiento es diplomático
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Costa Rica es "condicional"
    Y decide la regla "CR.birth.soli_foreign_parents"

  # --- Art. 13 inc. 4: infante de padres ignorados encontrado en Costa Rica -------------------

  @CR.birth.foundling
  Escenario: Expósito hallado en Costa Rica
    Dado una persona expósita hallada en Costa Rica, nacida hacia el 2021-03-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Costa Rica es "nacional"
    Y decide la regla "CR.birth.foundling"
    Y la base legal cita "art. 13 inc. 4"

  # --- Buques y aeronaves: la ley no resuelve ---------------------------------------------

  @CR.birth.vessel_in_territory_unclear
  Escenario: Nacida en un avión extranjero sobre Costa Rica, hija de cubanos en tránsito
    Dado una persona nacida el 2019-09-30 a bordo de un avión con bandera de Estados Unidos, en el territorio de Costa Rica
    Y su madre es nacional de Cuba por nacimiento
    Y la situación de su madre en el país de nacimiento es en tránsito
    Y el nacimiento se inscribió en el Registro Civil de Costa Rica el 2019-10-02
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Costa Rica es "indeterminada"
    Y decide la regla "CR.birth.vessel_in_territory_unclear"
    Y la razón menciona "espacio aéreo"

  @CR.birth.flag_vessel_unclear
  Escenario: Nacido en un buque costarricense en alta mar, hijo de padres apátridas
    Dado una persona nacida el 2018-04-22 a bordo de un buque con bandera de Costa Rica, fuera de todo territorio
    Y su madre no tiene nacionalidad conocida
    Y la situación de su madre en el país de nacimiento es apátrida
    Y su padre no tiene nacionalidad conocida
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Costa Rica es "indeterminada"
    Y decide la regla "CR.birth.flag_vessel_unclear"
    Y la razón menciona "1961"
    Y el riesgo de apatridia es "en riesgo"

  @CR.naturalization.residence @CR.birth.flag_vessel_unclear
  Escenario: El mismo niño, residente legal en Costa Rica desde 2018: sigue indeterminado, y a los 18 años podrá pedir la naturalización
    Dado una persona nacida el 2018-04-22 a bordo de un buque con bandera de Costa Rica, fuera de todo territorio
    Y su madre no tiene nacionalidad conocida
    Y su padre no tiene nacionalidad conocida
    Y la persona reside en Costa Rica desde el 2018-05-01 como residente temporal
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Costa Rica es "indeterminada"
    Y decide la regla "CR.birth.flag_vessel_unclear"
    Y la razón menciona "1961"
    Y queda la vía discrecional de la regla "CR.naturalization.residence" desde el 2036-04-22
    Y no queda nada pendiente
    Y el riesgo de apatridia es "en riesgo"

  @CR.birth.flag_vessel_unclear @CR.birth.abroad_parent_by_birth
  Escenario: Nacida en un buque costarricense en alta mar de madre costarricense: se abre el inciso 2
    Dado una persona nacida el 2018-04-22 a bordo de un buque con bandera de Costa Rica, fuera de todo territorio
    Y su madre es nacional de Costa Rica por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Costa Rica es "condicional"
    Y decide la regla "CR.birth.abroad_parent_by_birth"
    Y no decide la regla "CR.birth.flag_vessel_unclear"

  # --- Antes de 1949: Constitución de 1871, art. 5 (confianza baja) ------------------------

  @CR.birth.soli_1871 @fechas
  Escenario: Nacido en Costa Rica el 7 de noviembre de 1949, la víspera de la Constitución de 1949
    Dado una persona nacida en Costa Rica el 1949-11-07
    Y su padre es nacional de Costa Rica por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Costa Rica es "nacional"
    Y decide la regla "CR.birth.soli_1871"
    Y no decide la regla "CR.birth.soli_cr_parent"

  @CR.birth.soli_cr_parent @fechas
  Escenario: Nacido en Costa Rica el 8 de noviembre de 1949, primer día de la Constitución de 1949
    Dado una persona nacida en Costa Rica el 1949-11-08
    Y su padre es nacional de Costa Rica por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Costa Rica es "nacional"
    Y decide la regla "CR.birth.soli_cr_parent"

  @CR.birth.soli_foreign_parent_1871
  Escenario: Nacido en Costa Rica en 1930 de padres italianos e inscrito por ellos: costarricense
    Dado una persona nacida en Costa Rica el 1930-05-02
    Y su madre es nacional de Italia por nacimiento
    Y su padre es nacional de Italia por nacimiento
    Y el nacimiento se inscribió en el Registro Civil de Costa Rica el 1930-05-10
    Cuando se evalúa su nacionalidad al 1960-01-01
    Entonces la nacionalidad de Costa Rica es "nacional"
    Y decide la regla "CR.birth.soli_foreign_parent_1871"

  @CR.birth.soli_foreign_parent_1871
  Escenario: El mismo, sin inscribir, evaluado a los 15 años: puede inscribirlo su familia hasta los 21
    Dado una persona nacida en Costa Rica el 1930-05-02
    Y su madre es nacional de Italia por nacimiento
    Y su padre es nacional de Italia por nacimiento
    Cuando se evalúa su nacionalidad al 1945-06-01
    Entonces la nacionalidad de Costa Rica es "condicional"
    Y queda pendiente "registration" por el progenitor hasta el 1951-05-01

  @CR.birth.abroad_1871
  Escenario: Nacida en Panamá en 1938 de madre costarricense casada con panameño, inscrita en 1945
    Dado una persona nacida en Panamá el 1938-02-10
    Y su madre es nacional de Costa Rica por nacimiento
    Y su padre es nacional de Panamá por nacimiento
    Y sus padres están casados
    Y su madre inscribió el nacimiento en el consulado de Costa Rica el 1945-05-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Costa Rica es "nacional"
    Y decide la regla "CR.birth.abroad_1871"

  # --- Art. 16: pérdida antes de 1995 y su recuperación -------------------------------------

  @CR.loss.foreign_nationality_1949
  Escenario: Costarricense por nacimiento que se naturalizó en Estados Unidos en 1980, evaluado en 1990
    Dado una persona nacida en Costa Rica el 1950-01-20
    Y su padre es nacional de Costa Rica por nacimiento
    Y la persona se naturalizó en Estados Unidos el 1980-07-04
    Cuando se evalúa su nacionalidad al 1990-01-01
    Entonces la nacionalidad de Costa Rica es "no nacional"
    Y decide la regla "CR.loss.foreign_nationality_1949"

  @CR.loss.foreign_nationality_1949
  Escenario: Naturalizarse en el extranjero después de la Ley 7514 ya no hace perder la nacionalidad
    Dado una persona nacida en Costa Rica el 1970-01-20
    Y su padre es nacional de Costa Rica por nacimiento
    Y la persona se naturalizó en Estados Unidos el 2000-07-04
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Costa Rica es "nacional"
    Y no decide la regla "CR.loss.foreign_nationality_1949"

  @CR.loss.recovery_after_1995_unclear
  Escenario: La misma persona de 1980, evaluada hoy: no consta si pidió recuperar la nacionalidad
    Dado una persona nacida en Costa Rica el 1950-01-20
    Y su padre es nacional de Costa Rica por nacimiento
    Y la persona se naturalizó en Estados Unidos el 1980-07-04
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Costa Rica es "indeterminada"
    Y decide la regla "CR.loss.recovery_after_1995_unclear"
    Y la razón menciona "Registro Civil"

  @CR.loss.recovery_after_1995_unclear
  Escenario: Quien nunca fue costarricense no queda "indeterminado" por haberse naturalizado en otro país
    Dado una persona nacida en Nicaragua el 1950-01-20
    Y su padre es nacional de Nicaragua por nacimiento
    Y la persona reside en Costa Rica desde el 1970-01-01
    Y la persona se naturalizó en Estados Unidos el 1980-07-04
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Costa Rica es "no nacional"
    Y no decide la regla "CR.loss.recovery_after_1995_unclear"

  # --- Explicaciones: por qué, por qué no, qué cambiaría la respuesta ----------------------

  @CR.birth.abroad_parent_by_birth @CR.birth.soli_foreign_parents
  Escenario: La madre es costarricense por naturalización: el inc. 2 pide costarricense por nacimiento
    Dado una persona nacida en Nicaragua el 2015-06-01
    Y su madre es nacional de Costa Rica por naturalización desde el 2010-01-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces explica que la regla "CR.birth.abroad_parent_by_birth" no se aplica porque "modo de adquisición: por nacimiento — no"
    Y explica que la regla "CR.birth.soli_foreign_parents" no se aplica porque "país de nacimiento: Costa Rica — no"

  @CR.birth.soli_foreign_parents
  Escenario: Hija de nicaragüense sin inscribir: por qué sí, y qué hacer antes de cumplir 25 años
    Dado una persona nacida en Costa Rica el 2001-02-14
    Y su madre es nacional de Nicaragua por nacimiento
    Y la situación de su madre en el país de nacimiento es irregular
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces explica que la regla "CR.birth.soli_foreign_parents" se aplica porque "país de nacimiento: Costa Rica — sí"
    Y propone "inscribir el nacimiento como nacional (Costa Rica), por la propia persona" hasta el 2026-02-13, que dejaría el riesgo en ninguno

  @CR.birth.abroad_parent_by_birth
  Escenario: Mayor de 25 años sin inscribir: se explica que el plazo venció y no se propone nada
    Dado una persona nacida en Estados Unidos el 1995-03-01
    Y su madre es nacional de Costa Rica por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces explica que la regla "CR.birth.abroad_parent_by_birth" se aplica porque "el plazo para hacerlo ya venció"
    Y no queda nada pendiente

  @CR.birth.soli_cr_parent
  Escenario: Un padre costarricense cuya filiación no está establecida: reconocerla lo cambiaría
    Dado una persona nacida en Costa Rica el 2015-03-03
    Y su madre es nacional de Nicaragua por nacimiento
    Y su padre es nacional de Costa Rica por nacimiento
    Y su padre es desconocido
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces explica que la regla "CR.birth.soli_cr_parent" no se aplica porque "filiación establecida — no"
    Y propone "que se establezca la filiación con el padre (Costa Rica)"

  # --- Naturalización (arts. 14, 15 y 17) --------------------------------------------------

  @CR.naturalization.granted
  Escenario: Nicaragüense naturalizado costarricense en 2010
    Dado una persona nacida en Nicaragua el 1980-03-03
    Y su madre es nacional de Nicaragua por nacimiento
    Y la persona reside en Costa Rica desde el 2000-01-01 como residente permanente
    Y la persona se naturalizó en Costa Rica el 2010-06-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Costa Rica es "nacional"
    Y decide la regla "CR.naturalization.granted"

  @CR.naturalization.residence_by_origin @CR.naturalization.residence
  Escenario: Nicaragüense residente permanente desde 2022: no es costarricense; a los cinco años, por ser centroamericano de origen, podrá pedir la naturalización
    Dado una persona nacida en Nicaragua el 1990-03-03
    Y la persona reside en Costa Rica desde el 2022-01-01 como residente permanente
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Costa Rica es "no nacional"
    Y queda la vía discrecional de la regla "CR.naturalization.residence_by_origin" desde el 2027-01-01
    Y queda la vía discrecional de la regla "CR.naturalization.residence" desde el 2029-01-01
    Y no queda nada pendiente

  @CR.naturalization.residence @CR.naturalization.residence_by_origin
  Escenario: Estadounidense residente temporal desde 2020: no es costarricense; a los siete años podrá pedir la naturalización
    Dado una persona nacida en Estados Unidos el 1990-03-03
    Y la persona reside en Costa Rica desde el 2020-03-01 como residente temporal
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Costa Rica es "no nacional"
    Y queda la vía discrecional de la regla "CR.naturalization.residence" desde el 2027-03-01
    Y explica que la regla "CR.naturalization.residence_by_origin" no se aplica porque "país de nacimiento"

  @CR.naturalization.residence
  Escenario: La estancia irregular no cuenta como residencia oficial
    Dado una persona nacida en Estados Unidos el 1990-03-03
    Y la persona reside en Costa Rica desde el 2010-01-01 como irregular
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Costa Rica es "no nacional"
    Y no decide la regla "CR.naturalization.residence"
    Y no queda ninguna vía discrecional

  @CR.naturalization.spouse @CR.naturalization.residence
  Escenario: Casado con costarricense desde 2022 y residente desde entonces: a los dos años podrá pedir la naturalización
    Dado una persona nacida en Estados Unidos el 1985-03-03
    Y la persona se casó con una nacional de Costa Rica el 2022-01-01
    Y la persona reside en Costa Rica desde el 2022-01-01 como residente temporal
    Cuando se evalúa su nacionalidad al 2023-06-01
    Entonces la nacionalidad de Costa Rica es "no nacional"
    Y queda la vía discrecional de la regla "CR.naturalization.spouse" desde el 2024-01-01
    Y queda la vía discrecional de la regla "CR.naturalization.residence" desde el 2029-01-01
    Y no queda nada pendiente
    # estadounidense por nacimiento en su territorio (Estados Unidos tiene paquete, issue 13)
    Y la nacionalidad de Estados Unidos es "nacional"
    Y el riesgo de apatridia es "ninguno"

  # Art. 14 inc. 5 en el tiempo. De la Ley 7065 (21-05-1987) a la Ley 7879 (27-05-1999, publicada
  # el 18-06-1999) el inciso nombraba solo a "la mujer extranjera"; desde entonces, a "las personas
  # extranjeras". La regla de 1987 lee el sexo de quien solicita, y las frases en español no tienen
  # aún un paso para darlo (en inglés: "the person is a woman"): estos escenarios dejan el sexo sin
  # registrar, y la vía de 1987 no se lista. La mujer (vía listada) y el hombre (ninguna vía de
  # matrimonio) evaluados en 1995 se comprobaron con la línea de comandos. Confianza baja para
  # 1992-1999: la resolución 3435-92 de la Sala Constitucional (11-11-1992) pudo extender el
  # inciso al marido extranjero; su parte dispositiva no se leyó.

  @CR.naturalization.spouse_wife_1987 @CR.naturalization.spouse
  Escenario: Casado con costarricense en 1995, sin constar su sexo: el texto de 1987 solo daba la vía a la mujer extranjera
    Dado una persona nacida en Estados Unidos el 1960-01-01
    Y la persona se casó con una nacional de Costa Rica el 1990-01-01
    Y la persona reside en Costa Rica desde el 1990-01-01 como residente temporal
    Cuando se evalúa su nacionalidad al 1995-06-01
    Entonces la nacionalidad de Costa Rica es "no nacional"
    Y explica que la regla "CR.naturalization.spouse_wife_1987" no se aplica porque "sexo: femenino — desconocido"
    Y explica que la regla "CR.naturalization.spouse" no se aplica porque "desde el 1999-06-18"
    Y queda la vía discrecional de la regla "CR.naturalization.residence" desde el 1997-01-01
    Y no decide la regla "CR.naturalization.spouse_wife_1987"

  @CR.naturalization.spouse_wife_1987
  Escenario: La misma situación en 1995 siendo una mujer extranjera: la vía del cónyuge de 1987 se le abre
    Dado una persona nacida en Estados Unidos el 1960-01-01
    Y la persona es una mujer
    Y la persona se casó con una nacional de Costa Rica el 1990-01-01
    Y la persona reside en Costa Rica desde el 1990-01-01 como residente temporal
    Cuando se evalúa su nacionalidad al 1995-06-01
    Entonces la nacionalidad de Costa Rica es "no nacional"
    Y queda la vía discrecional de la regla "CR.naturalization.spouse_wife_1987" desde el 1992-01-01

  @CR.naturalization.spouse_wife_1987
  Escenario: Y siendo un hombre extranjero: el texto de 1987 no le daba la vía del cónyuge
    Dado una persona nacida en Estados Unidos el 1960-01-01
    Y la persona es un hombre
    Y la persona se casó con una nacional de Costa Rica el 1990-01-01
    Y la persona reside en Costa Rica desde el 1990-01-01 como residente temporal
    Cuando se evalúa su nacionalidad al 1995-06-01
    Entonces la nacionalidad de Costa Rica es "no nacional"
    Y explica que la regla "CR.naturalization.spouse_wife_1987" no se aplica porque "sexo: femenino — no"
    Y queda la vía discrecional de la regla "CR.naturalization.residence" desde el 1997-01-01

  @CR.naturalization.spouse @fechas
  Escenario: La misma persona el 18 de junio de 1999, día de la publicación de la Ley 7879: la vía del cónyuge ya no depende del sexo
    Dado una persona nacida en Estados Unidos el 1960-01-01
    Y la persona se casó con una nacional de Costa Rica el 1990-01-01
    Y la persona reside en Costa Rica desde el 1990-01-01 como residente temporal
    Cuando se evalúa su nacionalidad al 1999-06-18
    Entonces la nacionalidad de Costa Rica es "no nacional"
    Y queda la vía discrecional de la regla "CR.naturalization.spouse"
    Y queda la vía discrecional de la regla "CR.naturalization.residence" desde el 1997-01-01

  @CR.naturalization.spouse @fechas
  Escenario: La víspera, 17 de junio de 1999, aún regía el texto de 1987
    Dado una persona nacida en Estados Unidos el 1960-01-01
    Y la persona se casó con una nacional de Costa Rica el 1990-01-01
    Y la persona reside en Costa Rica desde el 1990-01-01 como residente temporal
    Cuando se evalúa su nacionalidad al 1999-06-17
    Entonces la nacionalidad de Costa Rica es "no nacional"
    Y explica que la regla "CR.naturalization.spouse" no se aplica porque "desde el 1999-06-18"
    Y queda la vía discrecional de la regla "CR.naturalization.residence" desde el 1997-01-01

  @CR.naturalization.minor_child
  Escenario: Niña nicaragüense domiciliada en Costa Rica cuando su madre se naturalizó
    Dado una persona nacida en Nicaragua el 2010-02-02
    Y su madre es nacional de Nicaragua por nacimiento
    Y su madre es nacional de Costa Rica por naturalización desde el 2015-05-01
    Y la persona reside en Costa Rica desde el 2012-01-01 como residente permanente
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Costa Rica es "nacional"
    Y decide la regla "CR.naturalization.minor_child"

  @CR.naturalization.minor_child
  Escenario: Si la madre se naturalizó cuando la hija ya era mayor de edad, no se le extiende
    Dado una persona nacida en Nicaragua el 1990-02-02
    Y su madre es nacional de Costa Rica por naturalización desde el 2015-05-01
    Y la persona reside en Costa Rica desde el 2012-01-01 como residente permanente
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces no decide la regla "CR.naturalization.minor_child"
    Y la nacionalidad de Costa Rica es "no nacional"
    Y queda la vía discrecional de la regla "CR.naturalization.residence_by_origin" desde el 2017-01-01

  @CR.loss.naturalized_absence_1949_unclear
  Escenario: Naturalizado en 1965 que vive en el extranjero desde 1970: pudo perder la nacionalidad
    Dado una persona nacida en Estados Unidos el 1940-01-01
    Y la persona reside en Costa Rica desde el 1960-01-01 como residente permanente
    Y la persona se naturalizó en Costa Rica el 1965-01-01
    Y la persona reside en Estados Unidos desde el 1970-06-01 como nacional
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Costa Rica es "indeterminada"
    Y decide la regla "CR.loss.naturalized_absence_1949_unclear"
    Y la razón menciona "seis años"

  # --- Casos trabajados de la investigación (regresión, por la línea de comandos) ----------
  # Todos coinciden con la respuesta esperada por la investigación. Precisiones:
  # - CR-010: indeterminada, como en la investigación (nacimiento en un buque costarricense en
  #   alta mar). El niño reside legalmente en Costa Rica desde 2018: la naturalización ordinaria
  #   (siete años, art. 14 inc. 3) se lista como vía discrecional que podrá pedir a los 18 años
  #   (2036), pero no cambia el estado ni el riesgo (contrato, issue 12; antes respondíamos
  #   "condicional" por esa vía).
  # - CR-004 y CR-008: "condicional" por la inscripción del art. 13 (incs. 2 y 3), un derecho
  #   que el Estado no puede negar a quien se inscribe en plazo (grant: entitlement), no una
  #   naturalización: no cambian.
  # - CR-014: la investigación lo deja indeterminado porque no sabía si la reforma de 1995
  #   restituyó la nacionalidad. Se verificó después (comentario vLex) que no fue automática:
  #   había que pedirla al Registro Civil dentro de dos años. Seguimos respondiendo
  #   "indeterminada", ahora porque no consta si la persona la pidió.
  # - CR-008: la investigación habla de "registration"; el plazo que calculamos (2026-02-13,
  #   la víspera de los 25 años) coincide con el suyo.

  @caso_trabajado
  Esquema del escenario: Caso trabajado <caso>
    Dado el caso trabajado "<caso>"
    Cuando se evalúa con la línea de comandos
    Entonces la nacionalidad de Costa Rica es "<estado>"
    Y el riesgo de apatridia es coherente con los estados evaluados

    Ejemplos:
      | caso   | estado        |
      | CR-001 | nacional      |
      | CR-002 | nacional      |
      | CR-004 | condicional   |
      | CR-005 | no nacional   |
      | CR-007 | no nacional   |
      | CR-008 | condicional   |
      | CR-010 | indeterminada |
      | CR-011 | indeterminada |
      | CR-013 | nacional      |
      | CR-014 | indeterminada |
      | CR-016 | nacional      |

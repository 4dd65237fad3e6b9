# language: es
@MX
Característica: México — nacionalidad por nacimiento, por naturalización y su pérdida
  Constitución Política de los Estados Unidos Mexicanos, art. 30 en cada una de sus versiones
  (1917; reformas DOF 18-01-1934, 26-12-1969, 20-03-1997 en vigor el 20-03-1998, 17-05-2021 en
  vigor el 18-05-2021), art. 37 (pérdida), art. 42 (territorio) y Ley de Nacionalidad (1998).
  Decide el texto vigente en la fecha de nacimiento; el transitorio tercero del decreto de 1997
  conserva el texto anterior para los nacidos o concebidos durante su vigencia.

  # --- Art. 30 A fr. I: ius soli incondicional desde 1934 ------------------------------------

  @MX.birth.ius_soli
  Escenario: Hija de hondureños en tránsito y en situación irregular, nacida en México
    Dado una persona nacida en México el 2019-08-14
    Y su madre es nacional de Honduras por nacimiento
    Y la situación de su madre en el país de nacimiento es en tránsito
    Y su padre es nacional de Honduras por nacimiento
    Y la situación de su padre en el país de nacimiento es irregular
    Y sus padres no están casados
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de México es "nacional"
    Y decide la regla "MX.birth.ius_soli"
    Y la base legal cita "art. 30 apartado A, fr. I"
    Y el riesgo de apatridia es "ninguno"

  @MX.birth.ius_soli
  Escenario: Hijo de diplomáticos franceses nacido en México: no hay excepción para diplomáticos
    Dado una persona nacida en México el 2015-04-03
    Y su madre es nacional de Francia por nacimiento
    Y la situación de su madre en el país de nacimiento es diplomático
    Y su padre es nacional de Francia por nacimiento
    Y la situación de su padre en el país de nacimiento es diplomático
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de México es "nacional"
    Y decide la regla "MX.birth.ius_soli"

  @MX.birth.ius_soli @fechas
  Escenario: Nacido en México el 18 de enero de 1934, día de publicación de la reforma
    Dado una persona nacida en México el 1934-01-18
    Y su madre es nacional de España por nacimiento
    Y su padre es nacional de España por nacimiento
    Cuando se evalúa su nacionalidad al 1960-01-01
    Entonces la nacionalidad de México es "nacional"
    Y decide la regla "MX.birth.ius_soli"

  # --- Texto original de 1917 ---------------------------------------------------------

  @MX.birth.option_1917
  Escenario: Nacido en México en 1925 de padres españoles: opción al cumplir 21 años
    Dado una persona nacida en México el 1925-03-15
    Y su madre es nacional de España por nacimiento
    Y su padre es nacional de España por nacimiento
    Y sus padres están casados
    Cuando se evalúa su nacionalidad al 1933-01-01
    Entonces la nacionalidad de México es "condicional"
    Y queda pendiente "option" por la propia persona desde el 1946-03-15 hasta el 1947-03-14

  @MX.birth.option_1917 @fechas
  Escenario: Nacido el 17 de enero de 1934, víspera de la reforma: régimen de opción
    Dado una persona nacida en México el 1934-01-17
    Y su padre es nacional de España por nacimiento
    Y la persona declaró optar por la nacionalidad de México el 1955-06-01
    Cuando se evalúa su nacionalidad al 1960-01-01
    Entonces la nacionalidad de México es "nacional"
    Y decide la regla "MX.birth.option_1917"
    Y no decide la regla "MX.birth.ius_soli"

  @MX.birth.descent_1917
  Escenario: Nacido en 1920 en Estados Unidos de padre mexicano
    Dado una persona nacida en Estados Unidos el 1920-02-01
    Y su padre es nacional de México por nacimiento
    Y su madre es nacional de Estados Unidos por nacimiento
    Cuando se evalúa su nacionalidad al 1930-01-01
    Entonces la nacionalidad de México es "nacional"
    Y decide la regla "MX.birth.descent_1917"

  @MX.birth.descent_1917
  Escenario: Nacido en 1920 en Estados Unidos de madre mexicana y padre estadounidense conocido
    Dado una persona nacida en Estados Unidos el 1920-02-01
    Y su madre es nacional de México por nacimiento
    Y su padre es nacional de Estados Unidos por nacimiento
    Cuando se evalúa su nacionalidad al 1930-01-01
    Entonces la nacionalidad de México es "no nacional"
    Y no decide la regla "MX.birth.descent_1917"

  @MX.birth.reform_1934_earlier_births_unclear
  Escenario: Nacido en México en 1925 de padres españoles, sin opción, evaluado en 1960
    Dado una persona nacida en México el 1925-03-15
    Y su madre es nacional de España por nacimiento
    Y su padre es nacional de España por nacimiento
    Cuando se evalúa su nacionalidad al 1960-01-01
    Entonces la nacionalidad de México es "indeterminada"
    Y decide la regla "MX.birth.reform_1934_earlier_births_unclear"
    Y la razón menciona "1934"

  @MX.birth.reform_1934_earlier_births_unclear
  Escenario: El mismo, pero optó a tiempo: mexicano por nacimiento
    Dado una persona nacida en México el 1925-03-15
    Y su padre es nacional de España por nacimiento
    Y la persona declaró optar por la nacionalidad de México el 1946-05-01
    Cuando se evalúa su nacionalidad al 1960-01-01
    Entonces la nacionalidad de México es "nacional"
    Y decide la regla "MX.birth.option_1917"
    Y no decide la regla "MX.birth.reform_1934_earlier_births_unclear"

  # --- Buques, aeronaves y territorio (art. 30 A fr. IV; art. 42) --------------------------

  @MX.birth.mexican_vessel
  Escenario: Nacida a bordo de un buque mexicano en alta mar, de padres guatemaltecos
    Dado una persona nacida el 2020-06-01 a bordo de un buque con bandera de México, fuera de todo territorio
    Y su madre es nacional de Guatemala por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de México es "nacional"
    Y decide la regla "MX.birth.mexican_vessel"
    Y la base legal cita "fr. IV"

  @MX.birth.foreign_vessel_in_territory
  Escenario: Nacido en un avión estadounidense sobre territorio mexicano
    Dado una persona nacida el 2020-06-01 a bordo de un avión con bandera de Estados Unidos, en el territorio de México
    Y su madre es nacional de Cuba por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de México es "nacional"
    Y decide la regla "MX.birth.foreign_vessel_in_territory"
    Y la base legal cita "art. 42"

  @MX.birth.foreign_vessel_in_territory_before_1960
  Escenario: Lo mismo en 1950: no se verificó el art. 42 anterior a 1960
    Dado una persona nacida el 1950-06-01 a bordo de un buque con bandera de Estados Unidos, en el territorio de México
    Y su madre es nacional de Estados Unidos por nacimiento
    Cuando se evalúa su nacionalidad al 1970-06-01
    Entonces la nacionalidad de México es "indeterminada"
    Y decide la regla "MX.birth.foreign_vessel_in_territory_before_1960"

  # --- Expósitos -------------------------------------------------------------------------

  @MX.birth.foundling
  Escenario: Expósita hallada en México: se presume nacida en México de padres mexicanos
    Dado una persona expósita hallada en México, nacida hacia el 2016-09-10
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de México es "nacional"
    Y decide la regla "MX.birth.foundling"
    Y la base legal cita "Ley de Nacionalidad, art. 7"

  @MX.birth.foundling_before_1998
  Escenario: Expósito hallado en México, nacido en 1990: la ley de entonces no se leyó
    Dado una persona expósita hallada en México, nacida hacia el 1990-01-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de México es "indeterminada"
    Y decide la regla "MX.birth.foundling_before_1998"

  # --- Nacidos en el extranjero: cada texto del art. 30 A fr. II ---------------------------

  @MX.birth.abroad_1934
  Escenario: Nacida en 1962 en Estados Unidos de madre mexicana y padre extranjero conocido: nada
    Dado una persona nacida en Estados Unidos el 1962-06-18
    Y su madre es nacional de México por nacimiento
    Y su padre es nacional de Estados Unidos por nacimiento
    Y sus padres están casados
    Cuando se evalúa su nacionalidad al 1965-01-01
    Entonces la nacionalidad de México es "no nacional"
    Y no decide la regla "MX.birth.abroad_1934"

  @MX.birth.abroad_1934
  Escenario: Nacida en 1962 en Estados Unidos de madre mexicana y padre desconocido: mexicana
    Dado una persona nacida en Estados Unidos el 1962-06-18
    Y su madre es nacional de México por nacimiento
    Y su padre es desconocido
    Cuando se evalúa su nacionalidad al 1965-01-01
    Entonces la nacionalidad de México es "nacional"
    Y decide la regla "MX.birth.abroad_1934"

  @MX.birth.abroad_1934
  Escenario: Nacido en 1962 en Estados Unidos de padre mexicano y madre extranjera: mexicano
    Dado una persona nacida en Estados Unidos el 1962-06-18
    Y su padre es nacional de México por nacimiento
    Y su madre es nacional de Estados Unidos por nacimiento
    Cuando se evalúa su nacionalidad al 1965-01-01
    Entonces la nacionalidad de México es "nacional"
    Y decide la regla "MX.birth.abroad_1934"

  @MX.birth.abroad_1969
  Escenario: Nacida en 1975 en Estados Unidos de madre mexicana casada con estadounidense
    Dado una persona nacida en Estados Unidos el 1975-02-27
    Y su madre es nacional de México por nacimiento
    Y su padre es nacional de Estados Unidos por nacimiento
    Y sus padres están casados
    Cuando se evalúa su nacionalidad al 1980-01-01
    Entonces la nacionalidad de México es "nacional"
    Y decide la regla "MX.birth.abroad_1969"

  @MX.birth.abroad_1969
  Escenario: Nacido en 1990 en Canadá de padre mexicano nacido en Japón: sin límite generacional
    Dado una persona nacida en Canadá el 1990-07-21
    Y su padre es nacional de México por nacimiento
    Y su padre nació en Japón
    Cuando se evalúa su nacionalidad al 1995-01-01
    Entonces la nacionalidad de México es "nacional"
    Y decide la regla "MX.birth.abroad_1969"

  @MX.birth.abroad_1969 @fechas
  Escenario: Nacida el 14 de enero de 1999: se presume concebida antes de la reforma de 1998
    Dado una persona nacida en Japón el 1999-01-14
    Y su madre es nacional de México por nacimiento
    Y su madre nació en Japón
    Cuando se evalúa su nacionalidad al 2020-06-01
    Entonces la nacionalidad de México es "nacional"
    Y decide la regla "MX.birth.abroad_1969"

  @MX.birth.abroad_parent_born_in_mexico @fechas
  Escenario: Nacida el 15 de enero de 1999 de madre mexicana nacida en Japón: límite generacional
    Dado una persona nacida en Japón el 1999-01-15
    Y su madre es nacional de México por nacimiento
    Y su madre nació en Japón
    Cuando se evalúa su nacionalidad al 2020-06-01
    Entonces la nacionalidad de México es "no nacional"
    Y no decide la regla "MX.birth.abroad_parent_born_in_mexico"
    Y no decide la regla "MX.birth.abroad_1969"

  @MX.birth.abroad_parent_born_in_mexico
  Escenario: Nacido en 2010 en Guatemala de madre mexicana nacida en México
    Dado una persona nacida en Guatemala el 2010-03-03
    Y su madre es nacional de México por nacimiento
    Y su madre nació en México
    Cuando se evalúa su nacionalidad al 2020-06-01
    Entonces la nacionalidad de México es "nacional"
    Y decide la regla "MX.birth.abroad_parent_born_in_mexico"

  @MX.birth.abroad_parent_naturalized
  Escenario: Nacida en 2012 en Guatemala de madre mexicana por naturalización desde 2008
    Dado una persona nacida en Guatemala el 2012-10-30
    Y su madre es nacional de México por naturalización desde el 2008-06-01
    Y su madre nació en Colombia
    Y su padre es nacional de Guatemala por nacimiento
    Cuando se evalúa su nacionalidad al 2020-06-01
    Entonces la nacionalidad de México es "nacional"
    Y decide la regla "MX.birth.abroad_parent_naturalized"

  @MX.birth.abroad_parent_naturalized
  Escenario: La madre se naturalizó después del nacimiento: no transmite por la fr. III
    Dado una persona nacida en Guatemala el 2012-10-30
    Y su madre es nacional de México por naturalización desde el 2015-06-01
    Cuando se evalúa su nacionalidad al 2020-06-01
    Entonces la nacionalidad de México es "no nacional"
    Y no decide la regla "MX.birth.abroad_parent_naturalized"

  @MX.birth.abroad_mexican_parent
  Escenario: Nacido en 2022 en Japón de madre mexicana nacida en Japón: la reforma de 2021 lo incluye
    Dado una persona nacida en Japón el 2022-01-10
    Y su madre es nacional de México por nacimiento
    Y su madre nació en Japón
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de México es "nacional"
    Y decide la regla "MX.birth.abroad_mexican_parent"

  @MX.birth.abroad_mexican_parent_earlier_births
  Escenario: Nacida en 2010 en Japón de madre mexicana nacida en Japón, evaluada en 2025
    Dado una persona nacida en Japón el 2010-11-05
    Y su madre es nacional de México por nacimiento
    Y su madre nació en Japón
    Y su padre es desconocido
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de México es "nacional"
    Y decide la regla "MX.birth.abroad_mexican_parent_earlier_births"
    Y no decide la regla "MX.birth.abroad_parent_born_in_mexico"

  @MX.birth.abroad_mexican_parent_earlier_births @fechas
  Escenario: La misma persona evaluada el 17 de mayo de 2021, víspera de la reforma: no mexicana
    Dado una persona nacida en Japón el 2010-11-05
    Y su madre es nacional de México por nacimiento
    Y su madre nació en Japón
    Cuando se evalúa su nacionalidad al 2021-05-17
    Entonces la nacionalidad de México es "no nacional"
    Y no decide la regla "MX.birth.abroad_mexican_parent_earlier_births"
    Y el riesgo de apatridia es "en riesgo"

  # --- La reforma de 2021 y los nacidos antes de la reforma de 1969 ------------------------
  # Corrección de una revisión independiente: el texto de 2021 se aplica a los nacidos antes solo
  # en la cohorte del límite generacional (1998-2021), para la que se hizo la reforma y de la que
  # hablan las comunicaciones consulares. Para quien nació antes de 1969 de madre mexicana y padre
  # extranjero conocido no se halló criterio de la SRE, circular, transitorio ni jurisprudencia: la
  # reforma de 1969, con las mismas palabras, no alcanzó a los nacidos antes. Queda indeterminada
  # (confianza baja), con la naturalización como descendiente como vía discrecional.

  @MX.birth.abroad_mexican_mother_before_1969_unclear @MX.birth.abroad_mexican_parent_earlier_births
  Escenario: Nacida en 1962 en Estados Unidos de madre mexicana y padre estadounidense conocido, evaluada en 2025: indeterminada
    Dado una persona nacida en Estados Unidos el 1962-06-18
    Y su madre es nacional de México por nacimiento
    Y su padre es nacional de Estados Unidos por nacimiento
    Y sus padres están casados
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de México es "indeterminada"
    Y decide la regla "MX.birth.abroad_mexican_mother_before_1969_unclear"
    Y la razón menciona "1969"
    Y no decide la regla "MX.birth.abroad_mexican_parent_earlier_births"
    Y no decide la regla "MX.birth.abroad_1934"

  @MX.birth.abroad_mexican_mother_before_1969_unclear @fechas
  Escenario: La misma evaluada el 17 de mayo de 2021, víspera de la reforma: no mexicana
    Dado una persona nacida en Estados Unidos el 1962-06-18
    Y su madre es nacional de México por nacimiento
    Y su padre es nacional de Estados Unidos por nacimiento
    Y sus padres están casados
    Cuando se evalúa su nacionalidad al 2021-05-17
    Entonces la nacionalidad de México es "no nacional"
    Y no decide la regla "MX.birth.abroad_mexican_mother_before_1969_unclear"

  @MX.birth.abroad_mexican_mother_before_1969_unclear @MX.naturalization.descendant
  Escenario: La misma, residente en México desde 2022: indeterminada, y la naturalización como descendiente listada aparte
    Dado una persona nacida en Estados Unidos el 1962-06-18
    Y su madre es nacional de México por nacimiento
    Y su padre es nacional de Estados Unidos por nacimiento
    Y la persona reside en México desde el 2022-01-01 como residente temporal
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de México es "indeterminada"
    Y decide la regla "MX.birth.abroad_mexican_mother_before_1969_unclear"
    Y queda la vía discrecional de la regla "MX.naturalization.descendant" desde el 2024-01-01
    Y no queda nada pendiente

  @MX.birth.abroad_mexican_mother_before_1969_unclear
  Escenario: Con padre mexicano y madre estadounidense en 1962 no hay duda: mexicano desde el nacimiento
    Dado una persona nacida en Estados Unidos el 1962-06-18
    Y su padre es nacional de México por nacimiento
    Y su madre es nacional de Estados Unidos por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de México es "nacional"
    Y decide la regla "MX.birth.abroad_1934"
    Y no decide la regla "MX.birth.abroad_mexican_mother_before_1969_unclear"

  @MX.birth.abroad_mexican_mother_before_1969_unclear
  Escenario: Con madre mexicana y padre desconocido en 1962 tampoco: mexicana desde el nacimiento
    Dado una persona nacida en Estados Unidos el 1962-06-18
    Y su madre es nacional de México por nacimiento
    Y su padre es desconocido
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de México es "nacional"
    Y decide la regla "MX.birth.abroad_1934"
    Y no decide la regla "MX.birth.abroad_mexican_mother_before_1969_unclear"

  @MX.birth.abroad_mexican_mother_before_1969_unclear
  Escenario: Nacido en 1925 en Estados Unidos de madre mexicana y padre estadounidense: la misma duda bajo el texto de 1917
    Dado una persona nacida en Estados Unidos el 1925-09-01
    Y su madre es nacional de México por nacimiento
    Y su padre es nacional de Estados Unidos por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de México es "indeterminada"
    Y decide la regla "MX.birth.abroad_mexican_mother_before_1969_unclear"
    Y no decide la regla "MX.birth.descent_1917"

  @MX.birth.abroad_mexican_mother_before_1969_unclear @MX.birth.abroad_1969 @fechas
  Escenario: Nacida el 25 de diciembre de 1969, víspera de la reforma de 1969, de madre mexicana y padre estadounidense
    Dado una persona nacida en Estados Unidos el 1969-12-25
    Y su madre es nacional de México por nacimiento
    Y su padre es nacional de Estados Unidos por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de México es "indeterminada"
    Y decide la regla "MX.birth.abroad_mexican_mother_before_1969_unclear"
    Y no decide la regla "MX.birth.abroad_1969"

  @MX.birth.abroad_mexican_mother_before_1969_unclear @MX.birth.abroad_1969 @fechas
  Escenario: Nacida el 26 de diciembre de 1969, día de la reforma: mexicana desde el nacimiento
    Dado una persona nacida en Estados Unidos el 1969-12-26
    Y su madre es nacional de México por nacimiento
    Y su padre es nacional de Estados Unidos por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de México es "nacional"
    Y decide la regla "MX.birth.abroad_1969"
    Y no decide la regla "MX.birth.abroad_mexican_mother_before_1969_unclear"

  @MX.birth.abroad_mexican_parent_earlier_births @fechas
  Escenario: Nacida el 15 de enero de 1999 de madre mexicana nacida en Japón, evaluada en 2025: la reforma de 2021 la alcanza
    Dado una persona nacida en Japón el 1999-01-15
    Y su madre es nacional de México por nacimiento
    Y su madre nació en Japón
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de México es "nacional"
    Y decide la regla "MX.birth.abroad_mexican_parent_earlier_births"
    Y el riesgo de apatridia es "ninguno"

  # --- Naturalización y pérdida (arts. 30 B y 37) -----------------------------------------

  @MX.naturalization.carta @MX.loss.naturalized @MX.birth.recognized_stateless
  Escenario: Apátrida reconocido que se naturalizó y perdió la nacionalidad tras 5 años en el extranjero
    Dado una persona nacida el 1985-01-20 a bordo de un buque con bandera de Panamá, fuera de todo territorio
    Y su madre es desconocida
    Y su padre es desconocido
    Y la persona reside en México desde el 2005-01-01
    Y México reconoció a la persona como apátrida el 2009-06-01
    Y la persona se naturalizó en México el 2012-02-01
    Y México declaró la pérdida de su nacionalidad el 2019-03-01
    Cuando se evalúa su nacionalidad al 2020-01-01
    Entonces la nacionalidad de México es "no nacional"
    Y decide la regla "MX.loss.naturalized"
    Y no decide la regla "MX.naturalization.carta"
    Y no decide la regla "MX.birth.recognized_stateless"

  @MX.naturalization.carta
  Escenario: El mismo antes de la declaración de pérdida: mexicano por naturalización
    Dado una persona nacida el 1985-01-20 a bordo de un buque con bandera de Panamá, fuera de todo territorio
    Y la persona reside en México desde el 2005-01-01
    Y la persona se naturalizó en México el 2012-02-01
    Cuando se evalúa su nacionalidad al 2015-01-01
    Entonces la nacionalidad de México es "nacional"
    Y decide la regla "MX.naturalization.carta"

  @MX.birth.recognized_stateless
  Escenario: Lugar de nacimiento desconocido: sin la determinación de apatridia, falta saber dónde nació
    Dado una persona nacida el 1985-01-20 en un lugar desconocido
    Y la persona reside en México desde el 2005-01-01
    Cuando se evalúa su nacionalidad al 2020-01-01
    Entonces la nacionalidad de México es "indeterminada"
    Y falta conocer "person.birth_country"
    Y no decide la regla "MX.birth.recognized_stateless"

  @MX.loss.foreign_nationality_1934
  Escenario: Mexicano por nacimiento naturalizado en Estados Unidos en 1990: perdió la nacionalidad
    Dado una persona nacida en México el 1960-01-01
    Y la persona se naturalizó en Estados Unidos el 1990-05-01
    Cuando se evalúa su nacionalidad al 1995-01-01
    Entonces la nacionalidad de México es "no nacional"
    Y decide la regla "MX.loss.foreign_nationality_1934"

  @MX.loss.foreign_nationality_1934 @fechas
  Escenario: Naturalizado en Estados Unidos el 20 de marzo de 1998: ya rige la no pérdida
    Dado una persona nacida en México el 1960-01-01
    Y la persona se naturalizó en Estados Unidos el 1998-03-20
    Cuando se evalúa su nacionalidad al 2000-01-01
    Entonces la nacionalidad de México es "nacional"
    Y no decide la regla "MX.loss.foreign_nationality_1934"

  # --- Explicaciones ------------------------------------------------------------------------

  @MX.birth.abroad_parent_born_in_mexico @MX.birth.abroad_parent_naturalized
  Escenario: Generación nacida fuera (2010, evaluada en 2020): por qué no transmite la madre
    Dado una persona nacida en Japón el 2010-11-05
    Y su madre es nacional de México por nacimiento
    Y su madre nació en Japón
    Cuando se evalúa su nacionalidad al 2020-06-01
    Entonces explica que la regla "MX.birth.abroad_parent_born_in_mexico" no se aplica porque "país de nacimiento: México — no"
    Y explica que la regla "MX.birth.abroad_parent_naturalized" no se aplica porque "modo de adquisición: por naturalización — no"

  @MX.birth.abroad_1934
  Escenario: Madre mexicana y padre estadounidense conocido en 1962: el texto de 1934 lo excluía
    Dado una persona nacida en Estados Unidos el 1962-06-18
    Y su madre es nacional de México por nacimiento
    Y su padre es nacional de Estados Unidos por nacimiento
    Cuando se evalúa su nacionalidad al 1965-01-01
    Entonces explica que la regla "MX.birth.abroad_1934" no se aplica porque "ningún progenitor: parentesco: padre; filiación establecida — no"

  @MX.loss.recovery_by_declaration
  Escenario: Tras la pérdida de 1990, se propone pedir la declaratoria, sin plazo
    Dado una persona nacida en México el 1960-01-01
    Y la persona se naturalizó en Estados Unidos el 1990-05-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces propone "solicitar la recuperación de la nacionalidad (México), por la propia persona", que dejaría el riesgo en ninguno

  # --- Naturalización (art. 30 B; Ley de Nacionalidad art. 20) --------------------------------
  # Toda naturalización mexicana termina en una carta que la Secretaría puede negar "cuando no sea
  # conveniente a su juicio" (Ley de Nacionalidad art. 25 fr. III): es una vía discrecional, no un
  # estado (issue 12). Quien solo puede naturalizarse es "no nacional", con la vía listada y la
  # fecha en que se abre (cuando se cumple, o se cumplirá, su último requisito).

  @MX.naturalization.ordinary
  Escenario: Estadounidense residente permanente desde 2023: vía de naturalización a los cinco años
    Dado una persona nacida en Estados Unidos el 1990-03-03
    Y la persona reside en México desde el 2023-01-01 como residente permanente
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de México es "no nacional"
    Y queda la vía discrecional de la regla "MX.naturalization.ordinary" desde el 2028-01-01
    Y no queda nada pendiente

  @MX.naturalization.latin_american_or_iberian
  Escenario: Guatemalteco residente permanente desde 2024: vía a los dos años por ser latinoamericano
    Dado una persona nacida en Guatemala el 1990-03-03
    Y la persona reside en México desde el 2024-01-01 como residente permanente
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de México es "no nacional"
    Y queda la vía discrecional de la regla "MX.naturalization.latin_american_or_iberian" desde el 2026-01-01
    Y queda la vía discrecional de la regla "MX.naturalization.ordinary" desde el 2029-01-01

  @MX.naturalization.latin_american_or_iberian
  Escenario: Un refugiado venezolano cuenta su residencia como refugiado: la vía ya está abierta
    Dado una persona nacida en Venezuela el 1985-03-03
    Y la persona reside en México desde el 2021-01-01 como refugiado
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de México es "no nacional"
    Y queda la vía discrecional de la regla "MX.naturalization.latin_american_or_iberian" desde el 2023-01-01
    Y no queda nada pendiente

  @MX.naturalization.descendant
  Escenario: Nacida en 1965 en Estados Unidos de madre mexicana, evaluada en 2020: vía como descendiente a los dos años
    Dado una persona nacida en Estados Unidos el 1965-06-18
    Y su madre es nacional de México por nacimiento
    Y su padre es nacional de Estados Unidos por nacimiento
    Y la persona reside en México desde el 2019-01-01 como residente temporal
    Cuando se evalúa su nacionalidad al 2020-06-01
    Entonces la nacionalidad de México es "no nacional"
    Y queda la vía discrecional de la regla "MX.naturalization.descendant" desde el 2021-01-01
    Y no decide la regla "MX.birth.abroad_1934"

  @MX.naturalization.grandchild_without_nationality
  Escenario: Nacida en Japón en 2005 de madre mexicana nacida en Japón, nieta de mexicano: vía sin residencia a los 18 años
    Dado una persona nacida en Japón el 2005-01-10
    Y su madre es nacional de México por nacimiento
    Y su madre nació en Japón
    Y su abuelo materno es nacional de México por nacimiento
    Cuando se evalúa su nacionalidad al 2020-06-01
    Entonces la nacionalidad de México es "no nacional"
    Y queda la vía discrecional de la regla "MX.naturalization.grandchild_without_nationality" desde el 2023-01-10
    Y el riesgo de apatridia es "en riesgo"

  @MX.naturalization.marriage
  Escenario: Estadounidense casado con mexicana desde 2023, residente en México: vía a los dos años
    Dado una persona nacida en Estados Unidos el 1990-03-03
    Y la persona se casó con una nacional de México el 2023-01-01
    Y la persona reside en México desde el 2023-01-01 como residente temporal
    Cuando se evalúa su nacionalidad al 2024-06-01
    Entonces la nacionalidad de México es "no nacional"
    Y queda la vía discrecional de la regla "MX.naturalization.marriage" desde el 2025-01-01

  # La vía se abre el 2025-01-01 (un año de residencia, solicitud del progenitor mientras sea menor).
  # El motor da como fecha de apertura el 2033-04-04: toma la más tardía de todas las ventanas de la
  # solicitud (la de la propia persona al cumplir 18), aunque son alternativas. Se afirma la vía sin
  # fecha hasta que se corrija engine/resolve.py (_route); ver el informe del issue 12.
  @MX.naturalization.minor_descendant
  Escenario: Niño nacido en 2015 antes de que su madre se naturalizara: vía tras un año de residencia
    Dado una persona nacida en Estados Unidos el 2015-04-04
    Y su madre es nacional de México por naturalización desde el 2018-01-01
    Y la persona reside en México desde el 2024-01-01 como residente permanente
    Cuando se evalúa su nacionalidad al 2024-06-01
    Entonces la nacionalidad de México es "no nacional"
    Y no decide la regla "MX.birth.abroad_parent_naturalized"
    Y queda la vía discrecional de la regla "MX.naturalization.minor_descendant"
    Y no queda nada pendiente

  @MX.naturalization.minor_descendant
  Escenario: El mismo niño sin residir en México: ninguna vía abierta
    Dado una persona nacida en Estados Unidos el 2015-04-04
    Y su madre es nacional de México por naturalización desde el 2018-01-01
    Cuando se evalúa su nacionalidad al 2024-06-01
    Entonces la nacionalidad de México es "no nacional"
    Y no queda ninguna vía discrecional
    Y explica que la regla "MX.naturalization.minor_descendant" no se aplica porque "no ha comenzado la residencia que exige"

  # --- Recuperación de la nacionalidad por nacimiento perdida antes de 1998 ----------------

  @MX.loss.recovery_by_declaration
  Escenario: Perdió la nacionalidad al naturalizarse en 1990: puede pedir la declaratoria en cualquier tiempo
    Dado una persona nacida en México el 1960-01-01
    Y la persona se naturalizó en Estados Unidos el 1990-05-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de México es "condicional"
    Y queda pendiente "recovery_application" por la propia persona

  @MX.loss.recovery_1998
  Escenario: La misma en el año 2000, dentro del plazo original de cinco años
    Dado una persona nacida en México el 1960-01-01
    Y la persona se naturalizó en Estados Unidos el 1990-05-01
    Cuando se evalúa su nacionalidad al 2000-01-01
    Entonces la nacionalidad de México es "condicional"
    Y queda pendiente "recovery_application" por la propia persona

  @MX.loss.recovery_1998 @MX.loss.recovery_by_declaration @fechas
  Escenario: La misma a fines de 2003: el plazo original venció y aún no se reabría
    Dado una persona nacida en México el 1960-01-01
    Y la persona se naturalizó en Estados Unidos el 1990-05-01
    Cuando se evalúa su nacionalidad al 2003-12-01
    Entonces la nacionalidad de México es "no nacional"
    Y no decide la regla "MX.loss.recovery_1998"
    Y no decide la regla "MX.loss.recovery_by_declaration"

  @MX.loss.recovered
  Escenario: Pidió la declaratoria en 2010: mexicana por nacimiento de nuevo
    Dado una persona nacida en México el 1960-01-01
    Y la persona se naturalizó en Estados Unidos el 1990-05-01
    Y la persona declaró ante México su nacionalidad de origen el 2010-03-03
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de México es "nacional"
    Y decide la regla "MX.loss.recovered"

  @MX.loss.recovery_by_declaration
  Escenario: Quien nunca fue mexicano no recibe la declaratoria por haberse naturalizado en otro país
    Dado una persona nacida en Guatemala el 1960-01-01
    Y la persona reside en México desde el 1980-01-01 como irregular
    Y la persona se naturalizó en Estados Unidos el 1990-05-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de México es "no nacional"
    Y no decide la regla "MX.loss.recovery_by_declaration"

  # --- Casos trabajados de la investigación (regresión, por la línea de comandos) ----------
  # Todos coinciden con la respuesta esperada. Precisiones:
  # - MX-016: coincidimos ("no nacional"), pero el lugar de nacimiento es desconocido y la ley
  #   mexicana daría la nacionalidad por nacimiento a quien naciera en México. Lo que lo excluye
  #   es que México mismo lo determinó apátrida en 2009 (regla MX.birth.recognized_stateless).
  #   El riesgo que damos es "en riesgo" y no "apatridia" porque el caso nombra a Estados Unidos
  #   (residencia), país sin paquete de reglas, que queda "indeterminado".
  # - MX-008: "no nacional" al 2020-06-01; desde el 18-05-2021 sería mexicana por la reforma de
  #   2021 (regla MX.birth.abroad_mexican_parent_earlier_births).
  # - MX-005: "no nacional" al 1965-01-01, como dice la investigación. Evaluada desde el 18-05-2021
  #   quedaría "indeterminada" (regla MX.birth.abroad_mexican_mother_before_1969_unclear): no se
  #   estableció si la reforma de 2021 alcanza a los nacidos antes de 1969 de madre mexicana y
  #   padre extranjero conocido.
  # - MX-013: "condicional", como dice la investigación, también con el contrato del issue 12: la
  #   opción de 1917 (regla MX.birth.option_1917) es un derecho de la persona (grant: entitlement),
  #   no una naturalización discrecional; al 1933-01-01 su plazo (de los 21 a los 22 años) no ha
  #   vencido.

  @caso_trabajado
  Esquema del escenario: Caso trabajado <caso>
    Dado el caso trabajado "<caso>"
    Cuando se evalúa con la línea de comandos
    Entonces la nacionalidad de México es "<estado>"
    Y el riesgo de apatridia es coherente con los estados evaluados

    Ejemplos:
      | caso   | estado      |
      | MX-001 | nacional    |
      | MX-002 | nacional    |
      | MX-004 | nacional    |
      | MX-005 | no nacional |
      | MX-007 | nacional    |
      | MX-008 | no nacional |
      | MX-010 | nacional    |
      | MX-011 | nacional    |
      | MX-013 | condicional |
      | MX-014 | nacional    |
      | MX-016 | no nacional |

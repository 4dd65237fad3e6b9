# language: es
@reformas
Característica: Laboratorio de reformas — la ley antes y después, su impacto, y la auditoría de discriminación
  Una reforma (rules/reforms/*.yaml) cambia, desactiva o añade reglas desde su fecha de entrada
  en vigor, sin tocar los paquetes. Cada escenario evalúa un caso con la ley anterior y con la
  reformada, mide el impacto de la reforma sobre una población generada, o audita qué reglas
  distinguen por un hecho protegido (sexo del progenitor, estado civil de los padres, situación
  migratoria, modo de adquisición, lugar de nacimiento del progenitor).

  # --- México, 2021: fin del límite generacional (reforma histórica) -----------------------
  # El paquete MX ya contiene la reforma; la ley "anterior" se reconstruye sin ella.

  @mx-2021-generational-limit
  Escenario: Nacida en Estados Unidos en 2010 de padre mexicano nacido allí: mexicana solo con la reforma
    Dado una persona nacida en Estados Unidos el 2010-01-01
    Y su padre es nacional de México por nacimiento
    Y su padre nació en Estados Unidos
    Cuando se evalúa su nacionalidad al 2025-06-01 antes y después de la reforma "mx-2021-generational-limit"
    Entonces antes de la reforma la nacionalidad de México es "no nacional"
    Y antes de la reforma no decide la regla "MX.birth.abroad_parent_born_in_mexico"
    Y después de la reforma la nacionalidad de México es "nacional"
    Y después de la reforma decide la regla "MX.birth.abroad_mexican_parent_earlier_births"

  @mx-2021-generational-limit
  Escenario: Nacido en Guatemala en 2022 de madre mexicana nacida en Guatemala: sin la reforma no sería mexicano
    Dado una persona nacida en Guatemala el 2022-03-01
    Y su madre es nacional de México por nacimiento
    Y su madre nació en Guatemala
    Cuando se evalúa su nacionalidad al 2025-06-01 antes y después de la reforma "mx-2021-generational-limit"
    Entonces antes de la reforma la nacionalidad de México es "no nacional"
    Y después de la reforma la nacionalidad de México es "nacional"
    Y después de la reforma decide la regla "MX.birth.abroad_mexican_parent"

  @mx-2021-generational-limit
  Escenario: Con el progenitor nacido en México nada cambia: ya era mexicano por el texto de 1998
    Dado una persona nacida en Estados Unidos el 2005-01-01
    Y su madre es nacional de México por nacimiento
    Y su madre nació en México
    Cuando se evalúa su nacionalidad al 2025-06-01 antes y después de la reforma "mx-2021-generational-limit"
    Entonces antes de la reforma la nacionalidad de México es "nacional"
    Y antes de la reforma decide la regla "MX.birth.abroad_parent_born_in_mexico"
    Y después de la reforma la nacionalidad de México es "nacional"

  @mx-2021-generational-limit
  Escenario: Impacto sobre hijos de padre mexicano: nadie pierde, los nietos de emigrados ganan
    Cuando se mide el impacto de la reforma "mx-2021-generational-limit" sobre 300 casos generados de padre nacional de México al 2025-06-01
    Entonces ningún caso empeora
    Y hay casos que pasan de "no nacional" a "nacional" en México
    Y hay menos casos con riesgo de apatridia "en riesgo" después
    Y los que pasan de "no nacional" a "nacional" en México comparten "born in MX" = "no"

  # --- Costa Rica sin la condición de inscripción (propuesta) -------------------------------

  @cr-no-registration-condition
  # La madre es de un Estado sin paquete (Ecuador): con Nicaragua, que ya tiene paquete (issue 13),
  # la hija sería nicaragüense por filiación y no estaría en riesgo antes de la reforma.
  Escenario: Nacida en Costa Rica en 1990 de madre ecuatoriana, nunca inscrita: en riesgo antes, costarricense después
    Dado una persona nacida en Costa Rica el 1990-01-01
    Y su madre es nacional de Ecuador por nacimiento
    Y su padre es desconocido
    Cuando se evalúa su nacionalidad al 2028-06-01 antes y después de la reforma "cr-no-registration-condition"
    Entonces antes de la reforma la nacionalidad de Costa Rica es "no nacional"
    Y antes de la reforma decide la regla "CR.birth.soli_foreign_parents"
    Y antes de la reforma el riesgo de apatridia es "en riesgo"
    Y después de la reforma la nacionalidad de Costa Rica es "nacional"
    Y después de la reforma decide la regla "CR.birth.soli_foreign_parents_reform"
    Y después de la reforma el riesgo de apatridia es "ninguno"

  @cr-no-registration-condition @fechas
  Escenario: El día antes de su entrada en vigor la reforma no cambia nada
    Dado una persona nacida en Costa Rica el 1990-01-01
    Y su madre es nacional de Nicaragua por nacimiento
    Cuando se evalúa su nacionalidad al 2026-12-31 antes y después de la reforma "cr-no-registration-condition"
    Entonces antes de la reforma la nacionalidad de Costa Rica es "no nacional"
    Y después de la reforma la nacionalidad de Costa Rica es "no nacional"
    Y después de la reforma no decide la regla "CR.birth.soli_foreign_parents_reform"

  @cr-no-registration-condition
  Escenario: Un menor sin inscribir deja de tener una condición pendiente
    Dado una persona nacida en Costa Rica el 2020-03-01
    Y su madre es nacional de Panamá por nacimiento
    Cuando se evalúa su nacionalidad al 2027-06-01 antes y después de la reforma "cr-no-registration-condition"
    Entonces antes de la reforma la nacionalidad de Costa Rica es "condicional"
    Y después de la reforma la nacionalidad de Costa Rica es "nacional"

  @cr-no-registration-condition
  Escenario: Impacto sobre nacidos en Costa Rica: nadie pierde, y lo que comparten los que ganan
    Cuando se mide el impacto de la reforma "cr-no-registration-condition" sobre 300 casos generados nacidos en Costa Rica al 2027-06-01
    Entonces ningún caso empeora
    Y hay casos que pasan de "no nacional" a "nacional" en Costa Rica
    Y hay casos que pasan de "condicional" a "nacional" en Costa Rica
    Y hay menos casos con riesgo de apatridia "en riesgo" después
    Y los que pasan de "no nacional" a "nacional" en Costa Rica comparten "a parent CR national at the birth" = "no"

  # --- Honduras: salvaguardia del art. 1 de la Convención de 1961 (propuesta) --------------

  @hn-1961-safeguard
  Escenario: Hija de una diplomática costarricense por naturalización nacida en Honduras: apátrida antes, hondureña después
    Dado una persona nacida en Honduras el 2000-01-01
    Y su madre es nacional de Costa Rica por naturalización desde el 1990-01-01
    Y la situación de su madre en el país de nacimiento es diplomático
    Cuando se evalúa su nacionalidad al 2028-06-01 antes y después de la reforma "hn-1961-safeguard"
    Entonces antes de la reforma la nacionalidad de Honduras es "no nacional"
    Y antes de la reforma el riesgo de apatridia es "apatridia"
    Y después de la reforma la nacionalidad de Honduras es "nacional"
    Y después de la reforma decide la regla "HN.birth.safeguard_1961"
    Y después de la reforma el riesgo de apatridia es "ninguno"

  @hn-1961-safeguard
  Escenario: Si decide la ley de un Estado no codificado, la salvaguardia espera a conocerla
    Dado una persona nacida en Honduras el 2000-01-01
    Y su madre es nacional de Ecuador por naturalización desde el 1990-01-01
    Y la situación de su madre en el país de nacimiento es diplomático
    Cuando se evalúa su nacionalidad al 2028-06-01 antes y después de la reforma "hn-1961-safeguard"
    Entonces antes de la reforma la nacionalidad de Honduras es "no nacional"
    Y después de la reforma la nacionalidad de Honduras es "indeterminada"
    Y después de la reforma falta conocer "whether a state left undetermined gives its nationality"

  @hn-1961-safeguard
  Escenario: Con otra nacionalidad, la salvaguardia no se aplica
    Dado una persona nacida en Honduras el 2000-01-01
    Y su madre es nacional de Costa Rica por nacimiento
    Y la situación de su madre en el país de nacimiento es diplomático
    Y su madre inscribió el nacimiento en el consulado de Costa Rica el 2000-03-01
    Cuando se evalúa su nacionalidad al 2028-06-01 antes y después de la reforma "hn-1961-safeguard"
    Entonces después de la reforma la nacionalidad de Costa Rica es "nacional"
    Y después de la reforma la nacionalidad de Honduras es "no nacional"
    Y después de la reforma no decide la regla "HN.birth.safeguard_1961"

  @hn-1961-safeguard
  Escenario: Impacto sobre nacidos en Honduras: nadie pierde; la mayoría de los hijos de diplomáticos pasan a depender de una ley extranjera
    Cuando se mide el impacto de la reforma "hn-1961-safeguard" sobre 400 casos generados nacidos en Honduras al 2027-06-01
    Entonces ningún caso empeora
    Y hay casos que pasan de "no nacional" a "indeterminada" en Honduras
    Y los que pasan de "no nacional" a "indeterminada" en Honduras comparten "a parent's status is diplomat" = "yes"

  # --- Auditoría de discriminación -----------------------------------------------------------
  # Cada hecho protegido se invierte uno a uno sobre casos construidos para cada regla; una
  # regla distingue por el hecho si su aplicación cambia. Debe coincidir con distinguishes_by.

  @auditoria
  Escenario: México distinguía por el sexo del progenitor en 1917 y 1934, y por su lugar de nacimiento de 1998 a 2021
    Cuando se audita la discriminación en México
    Entonces la regla "MX.birth.descent_1917" distingue por el sexo del progenitor
    Y la regla "MX.birth.abroad_1934" distingue por el sexo del progenitor
    Y la regla "MX.birth.option_1917" distingue por el sexo del progenitor
    Y la regla "MX.birth.abroad_1969" no distingue por el sexo del progenitor
    Y la regla "MX.birth.abroad_parent_born_in_mexico" distingue por el lugar de nacimiento del progenitor
    Y la regla "MX.birth.abroad_mexican_parent" no distingue por el lugar de nacimiento del progenitor
    Y la regla "MX.birth.abroad_parent_naturalized" distingue por el modo de adquisición del progenitor
    Y la regla "MX.naturalization.descendant" distingue por el modo de adquisición del progenitor
    Y la regla "MX.birth.ius_soli" no distingue por la situación migratoria de los padres
    Y todas las marcas distinguishes_by coinciden con la auditoría

  @auditoria
  Escenario: Belice: excepción diplomática, y el lugar de nacimiento del progenitor en las disposiciones de la independencia
    Cuando se audita la discriminación en Belice
    Entonces la regla "BZ.birth.jus_soli_exc_diplomat" distingue por la situación migratoria de los padres
    Y la regla "BZ.birth.independence_exc_envoy_father" distingue por el sexo del progenitor
    Y la regla "BZ.birth.independence_exc_envoy_father" distingue por la situación migratoria de los padres
    Y la regla "BZ.birth.independence_parent" distingue por el lugar de nacimiento del progenitor
    Y la regla "BZ.birth.abroad_citizen_parent" no distingue por el modo de adquisición del progenitor
    Y todas las marcas distinguishes_by coinciden con la auditoría

  @auditoria
  Escenario: Costa Rica distingue por el modo de adquisición del progenitor para los nacidos fuera, no dentro
    Cuando se audita la discriminación en Costa Rica
    Entonces la regla "CR.birth.abroad_parent_by_birth" distingue por el modo de adquisición del progenitor
    Y la regla "CR.birth.soli_cr_parent" no distingue por el modo de adquisición del progenitor
    Y la regla "CR.birth.soli_foreign_parents" no distingue por la situación migratoria de los padres
    Y la regla "CR.naturalization.minor_child" distingue por el modo de adquisición del progenitor
    Y todas las marcas distinguishes_by coinciden con la auditoría

  @auditoria
  Escenario: Guatemala: la excepción diplomática; la naturalización del progenitor en el extranjero no distingue por su sexo
    Cuando se audita la discriminación en Guatemala
    Entonces la regla "GT.birth.diplomat_exception" distingue por la situación migratoria de los padres
    Y la regla "GT.birth.jus_soli" no distingue por la situación migratoria de los padres
    Y la regla "GT.birth.parent_naturalized_abroad_unclear" distingue por el modo de adquisición del progenitor
    Y la regla "GT.birth.parent_naturalized_abroad_unclear" no distingue por el sexo del progenitor
    Y la regla "GT.birth.descent_abroad_before_1986_unclear" no distingue por el sexo del progenitor
    Y todas las marcas distinguishes_by coinciden con la auditoría

  @auditoria
  Escenario: Honduras: diplomáticos y transeúntes, y el hondureño por nacimiento frente al naturalizado
    Cuando se audita la discriminación en Honduras
    Entonces la regla "HN.birth.diplomat_exception" distingue por la situación migratoria de los padres
    Y la regla "HN.birth.exception_1936" distingue por la situación migratoria de los padres
    Y la regla "HN.birth.abroad_parent_by_birth" distingue por el modo de adquisición del progenitor
    Y la regla "HN.loss.recovery_application" distingue por el modo de adquisición del progenitor
    Y la regla "HN.birth.soli" no distingue por la situación migratoria de los padres
    Y todas las marcas distinguishes_by coinciden con la auditoría

  @auditoria
  Escenario: Panamá y El Salvador
    Cuando se audita la discriminación en Panamá y El Salvador
    Entonces la regla "PA.birth.diplomat_parent_protocol" distingue por la situación migratoria de los padres
    Y la regla "PA.birth.abroad_parent_by_birth" distingue por el modo de adquisición del progenitor
    Y la regla "PA.birth.abroad_parent_born_in_panama_unclear" distingue por el lugar de nacimiento del progenitor
    Y la regla "SV.birth.foreign_father_1886_unclear" distingue por el sexo del progenitor
    Y la regla "SV.birth.jus_soli" no distingue por la situación migratoria de los padres
    Y todas las marcas distinguishes_by coinciden con la auditoría

  # Entre los siete Estados MIRPS, solo las dudas de Belice sobre el padre no casado (la
  # definición de "father" de la Constitución, s. 29, no se leyó; issue 12) distinguen por el
  # estado civil de los padres. Fuera de ellos (issue 13), Estados Unidos sí: INA 309 pide al
  # padre no casado un reconocimiento antes de los 18 años, y a la madre no casada otra presencia.
  @auditoria @BZ.birth.abroad_unmarried_father_unclear @BZ.birth.independence_unmarried_father_unclear
  @US.birth.abroad_unmarried_father
  Escenario: Entre los Estados MIRPS solo las dudas de Belice distinguen por el estado civil de los padres; Estados Unidos también
    Cuando se audita la discriminación en todos los Estados
    Entonces la regla "BZ.birth.abroad_unmarried_father_unclear" distingue por el estado civil de los padres
    Y la regla "BZ.birth.independence_unmarried_father_unclear" distingue por el estado civil de los padres
    Y la regla "BZ.birth.abroad_citizen_parent" no distingue por el estado civil de los padres
    Y la regla "US.birth.abroad_unmarried_father" distingue por el estado civil de los padres
    Y todas las marcas distinguishes_by coinciden con la auditoría

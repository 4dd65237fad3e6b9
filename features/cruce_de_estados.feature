# language: es
@cruce
Característica: Un mismo caso ante varios Estados a la vez
  Un niño nacido en un Estado de padres de otro se evalúa con los paquetes de reglas de ambos
  (los siete MIRPS y los países de origen: Nicaragua, Venezuela, Haití, Cuba, Colombia, Estados
  Unidos) en una sola determinación: la vía de uno puede estar abierta mientras la del otro ya
  da la nacionalidad, y el riesgo de apatridia resulta del conjunto. Un Estado sin paquete
  queda indeterminado, con la pista de GLOBALCIT.

  Escenario: Nacido en Costa Rica de padres panameños, sin inscribir en ninguno de los dos
    Dado una persona nacida en Costa Rica el 2020-03-01
    Y su madre es nacional de Panamá por nacimiento
    Y su padre es nacional de Panamá por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Costa Rica es "condicional"
    Y la nacionalidad de Panamá es "condicional"
    Y queda pendiente "registration" por el progenitor hasta el 2038-02-28
    Y el riesgo de apatridia es "en riesgo"

  Escenario: El mismo niño inscrito en el consulado de Panamá: panameño, y Costa Rica sigue abierta
    Dado una persona nacida en Costa Rica el 2020-03-01
    Y su madre es nacional de Panamá por nacimiento
    Y su madre inscribió el nacimiento en el consulado de Panamá el 2020-06-01
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Panamá es "nacional"
    Y la nacionalidad de Costa Rica es "condicional"
    Y el riesgo de apatridia es "ninguno"

  Escenario: Nacida en México de madre guatemalteca en situación irregular: mexicana y guatemalteca
    Dado una persona nacida en México el 2019-05-01
    Y su madre es nacional de Guatemala por nacimiento
    Y la situación de su madre en el país de nacimiento es irregular
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de México es "nacional"
    Y la nacionalidad de Guatemala es "nacional"
    Y el riesgo de apatridia es "ninguno"

  Escenario: Nacido en Honduras de madre salvadoreña: hondureño y salvadoreño
    Dado una persona nacida en Honduras el 2018-07-01
    Y su madre es nacional de El Salvador por nacimiento
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Honduras es "nacional"
    Y la nacionalidad de El Salvador es "nacional"

  Escenario: Nacida en Japón de madre mexicana nacida en Japón y padre costarricense por naturalización
    Dado una persona nacida en Japón el 2010-11-05
    Y su madre es nacional de México por nacimiento
    Y su madre nació en Japón
    Y su padre es nacional de Costa Rica por naturalización desde el 2005-01-01
    Cuando se evalúa su nacionalidad al 2020-06-01
    Entonces la nacionalidad de México es "no nacional"
    Y la nacionalidad de Costa Rica es "no nacional"
    Y el riesgo de apatridia es "en riesgo"

  # --- Los países de origen (issue 13) ----------------------------------------------------------
  # Chile no tiene paquete de reglas: queda indeterminado, con la pista de la codificación de
  # GLOBALCIT (nacimiento en el territorio, salvo hijos de extranjeros transeúntes), que no
  # cambia el riesgo. Haití da su nacionalidad por filiación de un progenitor haitiano de origen.

  @HT.birth.descent_parent_born_haitian
  Escenario: Hija de haitianos nacida en Chile, evaluada en México de camino al norte
    Dado una persona nacida en Chile el 2019-04-10
    Y su madre es nacional de Haití por nacimiento
    Y su madre nació en Haití
    Y su padre es nacional de Haití por nacimiento
    Y su padre nació en Haití
    Y la persona reside en México desde el 2024-11-01 como en tránsito
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Haití es "nacional"
    Y decide la regla "HT.birth.descent_parent_born_haitian"
    Y la nacionalidad de México es "no nacional"
    Y la pista de GLOBALCIT para Chile cita el modo "A02a"
    Y el riesgo de apatridia es "ninguno"

  # Nicaragua da su nacionalidad al hijo de nicaragüense nacido en el extranjero sin trámite
  # (Cn. art. 16 inc. 2): la inscripción consular prueba, no condiciona. Costa Rica le abre su
  # inscripción hasta los 25 años. El riesgo es ninguno en derecho; la práctica (consulados
  # cerrados en el norte de Costa Rica) se muestra al lado y no lo cambia.

  @NI.birth.descent
  Escenario: Hijo de nicaragüenses nacido en Costa Rica, sin inscribir como costarricense
    Dado una persona nacida en Costa Rica el 2023-05-10
    Y su madre es nacional de Nicaragua por nacimiento
    Y su madre nació en Nicaragua
    Y la situación de su madre en el país de nacimiento es irregular
    Y su padre es nacional de Nicaragua por nacimiento
    Y su padre nació en Nicaragua
    Y la persona reside en Costa Rica desde el 2023-05-10 como irregular
    Cuando se evalúa su nacionalidad al 2025-06-01
    Entonces la nacionalidad de Nicaragua es "nacional"
    Y decide la regla "NI.birth.descent"
    Y la práctica en Nicaragua menciona "cerró los consulados de Ciudad Quesada"
    Y la nacionalidad de Costa Rica es "condicional"
    Y queda pendiente "registration" por el progenitor hasta el 2041-05-09
    Y el riesgo de apatridia es "ninguno"

  # Venezuela: el hijo de madre venezolana por nacimiento nacido en el extranjero es venezolano
  # por nacimiento si establece su residencia en Venezuela o declara su voluntad (CRBV art. 32
  # num. 3); sin padre que lo reconozca, no hay transmisión automática (num. 2 pide padre y
  # madre venezolanos). El consulado en Panamá estuvo cerrado del 29-07-2024 al 07-10-2025: la
  # declaración no caduca, pero no había dónde hacerla. Panamá lo hace panameño por nacer allí.

  @VE.birth.abroad_parent_by_birth_declaration
  Escenario: Hija de madre venezolana soltera nacida en Panamá mientras el consulado estaba cerrado
    Dado una persona nacida en Panamá el 2024-11-20
    Y su madre es nacional de Venezuela por nacimiento
    Y su madre nació en Venezuela
    Y la situación de su madre en el país de nacimiento es irregular
    Y su padre es desconocido
    Y sus padres no están casados
    Y la persona reside en Panamá desde el 2024-11-20 como irregular
    Cuando se evalúa su nacionalidad al 2025-03-01
    Entonces la nacionalidad de Venezuela es "condicional"
    Y decide la regla "VE.birth.abroad_parent_by_birth_declaration"
    Y queda pendiente "nationality_declaration" por el progenitor hasta el 2042-11-19
    Y la práctica en Venezuela menciona "suspendidos desde el 29-07-2024"
    Y la nacionalidad de Panamá es "nacional"
    Y el riesgo de apatridia es "ninguno"

  @VE.birth.abroad_parent_by_birth_declaration
  Escenario: La misma niña, ya reabierto el consulado: la declaración sigue pendiente, sin nota
    Dado una persona nacida en Panamá el 2024-11-20
    Y su madre es nacional de Venezuela por nacimiento
    Y su padre es desconocido
    Y la persona reside en Panamá desde el 2024-11-20 como irregular
    Cuando se evalúa su nacionalidad al 2025-11-01
    Entonces la nacionalidad de Venezuela es "condicional"
    Y decide la regla "VE.birth.abroad_parent_by_birth_declaration"
    Y la práctica en Venezuela no menciona "suspendidos desde el 29-07-2024"
    Y la nacionalidad de Panamá es "nacional"

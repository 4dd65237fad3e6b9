# language: es
@cruce
Característica: Un mismo caso ante varios Estados MIRPS a la vez
  Un niño nacido en un Estado MIRPS de padres de otro se evalúa con los paquetes de reglas de
  ambos en una sola determinación: la vía de uno puede estar abierta mientras la del otro ya da
  la nacionalidad, y el riesgo de apatridia resulta del conjunto.

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

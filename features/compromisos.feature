# language: es
@compromisos
Característica: Tarjeta de compromisos — la ley de cada Estado frente a la Declaración de Belice (2024)
  Los Estados del MIRPS se comprometieron a prevenir la apatridia, a determinar quién es apátrida,
  a no distinguir por sexo, matrimonio o situación migratoria y a asegurar la nacionalidad al
  nacer. La tarjeta (`nationality scorecard`) califica cada compromiso (rules/commitments.yaml)
  con la ley codificada: cumple, parcial, brecha o incierto, con las reglas que lo deciden y, para
  cada brecha, un caso testigo que el evaluador responde como dice la tarjeta.

  # Ningún paquete distingue por el matrimonio de los padres de modo que el hijo quede sin la
  # nacionalidad (la auditoría lo confirma: docs/reforms.md), y ningún Estado tiene una
  # naturalización facilitada que alcance a todo apátrida residente: para esos dos compromisos
  # sólo hay un lado que mostrar.

  # --- Expósitos (Convención de 1961, art. 2) ------------------------------------------------

  Escenario: Costa Rica hace costarricense al infante de padres ignorados encontrado en su territorio
    Cuando se califica a Costa Rica frente al compromiso "foundlings"
    Entonces el veredicto es "cumple"
    Y el veredicto cita "CR.birth.foundling"

  Escenario: El Salvador no tiene norma sobre expósitos y no es parte en la Convención de 1961
    Cuando se califica a El Salvador frente al compromiso "foundlings"
    Entonces el veredicto es "brecha"
    Y el veredicto cita "No es parte en la Convención de 1961"
    Y su caso testigo es "indeterminada" en El Salvador con riesgo de apatridia "en riesgo"

  # --- Nacido en el territorio que de otro modo sería apátrida (1961, art. 1) ----------------

  Escenario: En El Salvador todo nacido en el territorio es salvadoreño
    Cuando se califica a El Salvador frente al compromiso "otherwise_stateless_birth"
    Entonces el veredicto es "cumple"
    Y el veredicto cita "SV.birth.jus_soli"

  Escenario: En Honduras el hijo de una diplomática apátrida queda sin nacionalidad
    Cuando se califica a Honduras frente al compromiso "otherwise_stateless_birth"
    Entonces el veredicto es "brecha"
    Y el veredicto cita "HN.birth.diplomat_exception"
    Y su caso testigo es "no nacional" en Honduras con riesgo de apatridia "apatridia"

  @hn-1961-safeguard
  Escenario: La salvaguardia de 1961 propuesta para Honduras cierra la brecha
    Cuando se califica a Honduras frente al compromiso "otherwise_stateless_birth" antes y después de la reforma "hn-1961-safeguard"
    Entonces el veredicto pasa de "brecha" a "cumple"
    Y con la reforma su caso testigo es "nacional"

  # --- Igualdad de madre y padre (CEDAW, art. 9.2) -------------------------------------------

  Escenario: En Costa Rica madre y padre transmiten por igual
    Cuando se califica a Costa Rica frente al compromiso "gender_equal_transmission"
    Entonces el veredicto es "cumple"

  Escenario: En Belice la ley anterior a la independencia sólo transmitía por el padre
    Cuando se califica a Belice frente al compromiso "gender_equal_transmission"
    Entonces el veredicto es "parcial"
    Y su caso testigo es "no nacional" en Belice con riesgo de apatridia "en riesgo"

  # --- Dentro y fuera del matrimonio ---------------------------------------------------------

  Escenario: En Costa Rica los hijos nacidos dentro y fuera del matrimonio son iguales
    Cuando se califica a Costa Rica frente al compromiso "wedlock_equal_transmission"
    Entonces el veredicto es "cumple"

  # --- Sin distinción por situación migratoria (OC-18/03, Yean y Bosico) ---------------------

  Escenario: En Costa Rica la situación migratoria de los padres no cuenta
    Cuando se califica a Costa Rica frente al compromiso "immigration_status_neutral_birth"
    Entonces el veredicto es "cumple"

  Escenario: En Colombia el nacido de padres en situación irregular no es colombiano
    Cuando se califica a Colombia frente al compromiso "immigration_status_neutral_birth"
    Entonces el veredicto es "brecha"
    Y su caso testigo es "no nacional" en Colombia con riesgo de apatridia "en riesgo"

  # --- Nacido en el extranjero de un nacional (1961, art. 4) ---------------------------------

  Escenario: El Salvador transmite a los hijos nacidos en el extranjero sin límite
    Cuando se califica a El Salvador frente al compromiso "abroad_transmission_safeguard"
    Entonces el veredicto es "cumple"

  Escenario: Honduras deja fuera a hijos de hondureños nacidos en el extranjero bajo leyes anteriores
    Cuando se califica a Honduras frente al compromiso "abroad_transmission_safeguard"
    Entonces el veredicto es "parcial"
    Y su caso testigo es "no nacional" en Honduras con riesgo de apatridia "en riesgo"

  # --- Pérdida sin apatridia (1961, arts. 5-8) -----------------------------------------------

  Escenario: En Costa Rica la nacionalidad no se pierde desde 1995
    Cuando se califica a Costa Rica frente al compromiso "loss_safeguard"
    Entonces el veredicto es "cumple"

  Escenario: En El Salvador el naturalizado condenado pierde la nacionalidad aunque quede sin otra
    Cuando se califica a El Salvador frente al compromiso "loss_safeguard"
    Entonces el veredicto es "brecha"
    Y el veredicto cita "SV.loss.naturalized_criminal"
    Y su caso testigo es "no nacional" en El Salvador con riesgo de apatridia "en riesgo"

  # --- Procedimiento de determinación de la apatridia ----------------------------------------

  Escenario: Costa Rica tiene un procedimiento desde 2016
    Cuando se califica a Costa Rica frente al compromiso "determination_procedure"
    Entonces el veredicto es "cumple"
    Y el veredicto cita "39620-RE-G"

  Escenario: Honduras no tiene procedimiento de determinación
    Cuando se califica a Honduras frente al compromiso "determination_procedure"
    Entonces el veredicto es "brecha"
    Y su caso testigo es "no nacional" en Honduras con riesgo de apatridia "en riesgo"

  # --- Naturalización facilitada de apátridas (1954, art. 32) --------------------------------

  Escenario: El Salvador tiene una vía para apátridas, que no alcanza a todo apátrida residente
    Cuando se califica a El Salvador frente al compromiso "stateless_naturalization"
    Entonces el veredicto es "parcial"
    Y el veredicto cita "SV.naturalization.stateless"
    Y su caso testigo es "no nacional" en El Salvador con riesgo de apatridia "en riesgo"

  Escenario: Honduras no facilita la naturalización de los apátridas
    Cuando se califica a Honduras frente al compromiso "stateless_naturalization"
    Entonces el veredicto es "brecha"
    Y su caso testigo es "no nacional" en Honduras con riesgo de apatridia "en riesgo"

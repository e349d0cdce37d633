<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Jobs</name>
    <message>
        <source>The demo queue %1 cannot be read: %2</source>
        <translation>No se puede leer la cola de demostración %1: %2</translation>
    </message>
    <message>
        <source>Loading the workspace and its model…</source>
        <translation>Cargando el espacio de trabajo y su modelo…</translation>
    </message>
    <message>
        <source>Importing the demo queue…</source>
        <translation>Importando la cola de demostración…</translation>
    </message>
    <message>
        <source>Routing tickets: %1 of %2</source>
        <translation>Enrutando tickets: %1 de %2</translation>
    </message>
    <message>
        <source>Reading the queue…</source>
        <translation>Leyendo la cola…</translation>
    </message>
    <message>
        <source>ticket %1 is not in the store</source>
        <translation>el ticket %1 no está en el almacén</translation>
    </message>
</context>
<context>
    <name>LearnJobs</name>
    <message>
        <source>Loading the workspace, its model and history…</source>
        <translation>Cargando el espacio de trabajo, su modelo y su historial…</translation>
    </message>
    <message>
        <source>Training the candidate…</source>
        <translation>Entrenando el candidato…</translation>
    </message>
    <message>
        <source>Training the candidate: step %1 of %2</source>
        <translation>Entrenando el candidato: paso %1 de %2</translation>
    </message>
    <message>
        <source>Reading the overrides…</source>
        <translation>Leyendo las correcciones…</translation>
    </message>
    <message>
        <source>Looking for phrases that mark the agents&apos; categories…</source>
        <translation>Buscando frases que identifiquen las categorías de los agentes…</translation>
    </message>
    <message>
        <source>Loading the candidate…</source>
        <translation>Cargando el candidato…</translation>
    </message>
    <message>
        <source>model version %1</source>
        <translation>la versión del modelo %1</translation>
    </message>
    <message>
        <source>the active model (%1)</source>
        <translation>el modelo activo (%1)</translation>
    </message>
    <message>
        <source>Replaying tickets: %1 of %2</source>
        <translation>Reprocesando tickets: %1 de %2</translation>
    </message>
</context>
<context>
    <name>RouteDesk::BacktestView</name>
    <message>
        <source>Model to backtest</source>
        <translation>Modelo para la prueba retrospectiva</translation>
    </message>
    <message>
        <source>Models (*.json)</source>
        <translation>Modelos (*.json)</translation>
    </message>
    <message>
        <source>The active model</source>
        <translation>El modelo activo</translation>
    </message>
    <message>
        <source>The store cannot be opened: %1</source>
        <translation>No se puede abrir el almacén: %1</translation>
    </message>
    <message>
        <source>Model version %1 (%2)</source>
        <translation>Versión del modelo %1 (%2)</translation>
    </message>
    <message>
        <source>Replaying the stored tickets…</source>
        <translation>Reprocesando los tickets almacenados…</translation>
    </message>
    <message>
        <source>The backtest was cancelled.</source>
        <translation>Se canceló la prueba retrospectiva.</translation>
    </message>
    <message>
        <source>The backtest failed: %1</source>
        <translation>La prueba retrospectiva falló: %1</translation>
    </message>
    <message numerus="yes">
        <source>Replayed %n stored ticket(s) through %1.</source>
        <translation>
            <numerusform>Se reprocesó %n ticket almacenado con %1.</numerusform>
            <numerusform>Se reprocesaron %n tickets almacenados con %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>now right</source>
        <translation>ahora acierta</translation>
    </message>
    <message>
        <source>now wrong</source>
        <translation>ahora falla</translation>
    </message>
    <message>
        <source>wrong before and after</source>
        <translation>falla antes y después</translation>
    </message>
    <message>
        <source>Candidate:</source>
        <translation>Candidato:</translation>
    </message>
    <message>
        <source>&amp;Run backtest</source>
        <translation>&amp;Ejecutar prueba retrospectiva</translation>
    </message>
    <message>
        <source>Model file…</source>
        <translation>Archivo de modelo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Escalation reason</source>
        <translation>Motivo de la escalada</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Almacenada</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Reprocesada</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Final category</source>
        <translation>Categoría final</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message numerus="yes">
        <source>Accuracy against the final categories: %1 stored, %2 replayed (%n ticket(s) with a final category).</source>
        <translation>
            <numerusform>Precisión frente a las categorías finales: %1 almacenada, %2 reproducida (%n ticket con categoría final).</numerusform>
            <numerusform>Precisión frente a las categorías finales: %1 almacenada, %2 reproducida (%n tickets con categoría final).</numerusform>
        </translation>
    </message>
    <message>
        <source>Escalation rate: %1 stored, %2 replayed.</source>
        <translation>Tasa de escalado: %1 almacenada, %2 reproducida.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) would be routed differently: %1 now right, %2 now wrong.</source>
        <translation>
            <numerusform>%n ticket se enrutaría de otra forma: %1 ahora bien, %2 ahora mal.</numerusform>
            <numerusform>%n tickets se enrutarían de otra forma: %1 ahora bien, %2 ahora mal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RouteDesk::ConfusionModel</name>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message numerus="yes">
        <source>Suggested %1, final %2: %n ticket(s)</source>
        <translation>
            <numerusform>Sugerida %1, final %2: %n ticket</numerusform>
            <numerusform>Sugerida %1, final %2: %n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Sugerida: %1</translation>
    </message>
    <message>
        <source>Final: %1</source>
        <translation>Final: %1</translation>
    </message>
</context>
<context>
    <name>RouteDesk::Engine</name>
    <message>
        <source>Flag %1: %2</source>
        <translation>Alerta %1: %2</translation>
    </message>
    <message>
        <source>the wording as a whole</source>
        <translation>la redacción en su conjunto</translation>
    </message>
    <message>
        <source>Confidence checks skipped: a rule set the category to %1</source>
        <translation>Comprobaciones de confianza omitidas: una regla fija la categoría en %1</translation>
    </message>
    <message>
        <source>Confidence %1 for %2 is below the high-risk threshold %3</source>
        <translation>La confianza %1 para %2 está por debajo del umbral de alto riesgo %3</translation>
    </message>
    <message>
        <source>Confidence %1 for %2 is below the threshold %3</source>
        <translation>La confianza %1 para %2 está por debajo del umbral %3</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) are within %5 of each other</source>
        <translation>%1 (%2) y %3 (%4) están a menos de %5 entre sí</translation>
    </message>
    <message>
        <source>Not multi-intent: %1 reads as a possible second intent, but the learned detector scores %2 (below %3)</source>
        <translation>Sin intenciones múltiples: %1 parece una posible segunda intención, pero el detector aprendido da %2 (por debajo de %3)</translation>
    </message>
    <message>
        <source>Also asks about %1 besides %2 (learned: %3)</source>
        <translation>También pregunta por %1 además de %2 (aprendido: %3)</translation>
    </message>
    <message>
        <source>Also asks about %1 besides %2</source>
        <translation>También pregunta por %1 además de %2</translation>
    </message>
    <message>
        <source>Possible crisis: the ticket says &quot;%1&quot;; a person must answer it</source>
        <translation>Posible crisis: el ticket dice «%1»; debe responder una persona</translation>
    </message>
    <message>
        <source>Ignored &quot;%1&quot; (%2): negated by &quot;%3&quot;</source>
        <translation>«%1» (%2) ignorado: negado por «%3»</translation>
    </message>
    <message>
        <source>Possible security incident: the ticket mentions %1</source>
        <translation>Posible incidente de seguridad: el ticket menciona %1</translation>
    </message>
    <message>
        <source>Legal threat: the ticket mentions %1</source>
        <translation>Amenaza legal: el ticket menciona %1</translation>
    </message>
    <message>
        <source>Abusive language: %1</source>
        <translation>Lenguaje ofensivo: %1</translation>
    </message>
    <message>
        <source>Urgent: the ticket says %1</source>
        <translation>Urgente: el ticket dice %1</translation>
    </message>
    <message>
        <source>The customer sounds distressed: %1</source>
        <translation>El cliente parece angustiado: %1</translation>
    </message>
    <message>
        <source>Refunds and chargebacks always get a person: the ticket mentions %1</source>
        <translation>Los reembolsos y contracargos siempre los atiende una persona: el ticket menciona %1</translation>
    </message>
    <message>
        <source>Possible security incident (learned detector %1, threshold %2): %3</source>
        <translation>Posible incidente de seguridad (detector aprendido %1, umbral %2): %3</translation>
    </message>
    <message>
        <source>Possible legal threat (learned detector %1, threshold %2): %3</source>
        <translation>Posible amenaza legal (detector aprendido %1, umbral %2): %3</translation>
    </message>
    <message>
        <source>Possibly abusive (learned detector %1, threshold %2): %3</source>
        <translation>Posiblemente ofensivo (detector aprendido %1, umbral %2): %3</translation>
    </message>
    <message>
        <source>Sounds urgent (learned detector %1, threshold %2): %3</source>
        <translation>Parece urgente (detector aprendido %1, umbral %2): %3</translation>
    </message>
    <message>
        <source>The customer may be distressed (learned detector %1, threshold %2): %3</source>
        <translation>El cliente quizá esté angustiado (detector aprendido %1, umbral %2): %3</translation>
    </message>
    <message>
        <source>Asks for money back (learned detector %1, threshold %2): %3</source>
        <translation>Pide que le devuelvan el dinero (detector aprendido %1, umbral %2): %3</translation>
    </message>
    <message>
        <source>May need an exception to the terms (learned detector %1, threshold %2): %3</source>
        <translation>Puede necesitar una excepción a las condiciones (detector aprendido %1, umbral %2): %3</translation>
    </message>
    <message>
        <source>Learned detector %1 agrees (%2): %3</source>
        <translation>El detector aprendido %1 coincide (%2): %3</translation>
    </message>
    <message>
        <source>Asks for an exception to the terms: %1</source>
        <translation>Pide una excepción a las condiciones: %1</translation>
    </message>
    <message>
        <source>%1 cannot be compared with the %2 refund limit (no rate for %3)</source>
        <translation>%1 no se puede comparar con el límite de reembolso de %2 (sin tipo de cambio para %3)</translation>
    </message>
    <message>
        <source>Refund of %1 is above the %2 limit</source>
        <translation>El reembolso de %1 supera el límite de %2</translation>
    </message>
    <message>
        <source>Refund of %1 (about %2) is above the %3 limit</source>
        <translation>El reembolso de %1 (unos %2) supera el límite de %3</translation>
    </message>
    <message>
        <source>The charge (&quot;%1&quot;, %2) is %3 days old, beyond the %4-day refund window</source>
        <translation>El cargo («%1», %2) tiene %3 días, fuera del plazo de reembolso de %4 días</translation>
    </message>
    <message>
        <source>Customer tier &quot;%1&quot; is a VIP tier</source>
        <translation>El nivel de cliente «%1» es un nivel VIP</translation>
    </message>
    <message>
        <source>Looks unrelated to %1 (spam or meant for another company): %2</source>
        <translation>No parece tener relación con %1 (spam o dirigido a otra empresa): %2</translation>
    </message>
    <message>
        <source>this workspace</source>
        <translation>este espacio de trabajo</translation>
    </message>
    <message>
        <source>Fits no category well (best %1) and mentions %2</source>
        <translation>No encaja bien en ninguna categoría (mejor %1) y menciona %2</translation>
    </message>
    <message>
        <source>Looks unrelated to %1 (learned detector %2, threshold %3): %4</source>
        <translation>No parece tener relación con %1 (detector aprendido %2, umbral %3): %4</translation>
    </message>
    <message>
        <source>Fits no category well: its best score %1 is below the scope threshold %2</source>
        <translation>No encaja bien en ninguna categoría: su mejor puntuación %1 está por debajo del umbral de alcance %2</translation>
    </message>
    <message>
        <source>Fits no category: the best probability %1 is below %2</source>
        <translation>No encaja en ninguna categoría: la mejor probabilidad %1 está por debajo de %2</translation>
    </message>
    <message>
        <source>Out of scope: refund and policy flags dropped (they concern %1&apos;s own charges)</source>
        <translation>Fuera de alcance: alertas de reembolso y de política retiradas (se refieren a los cargos de %1)</translation>
    </message>
    <message>
        <source>the workspace</source>
        <translation>el espacio de trabajo</translation>
    </message>
    <message>
        <source>No category: the ticket stays with a person</source>
        <translation>Sin categoría: el ticket se queda con una persona</translation>
    </message>
    <message>
        <source>No specialist owns %1</source>
        <translation>Ningún especialista se encarga de %1</translation>
    </message>
    <message>
        <source>Routed to %1 (owner of %2)</source>
        <translation>Asignado a %1 (responsable de %2)</translation>
    </message>
    <message>
        <source>Would bounce back to %1, who already had it; stays with %2</source>
        <translation>Volvería a %1, que ya lo tuvo; se queda con %2</translation>
    </message>
    <message>
        <source>Already re-routed %1 time(s), the workspace allows %2; stays with %3</source>
        <translation>Ya reasignado %1 veces, el espacio de trabajo permite %2; se queda con %3</translation>
    </message>
    <message>
        <source>Re-routed from %1 to %2 (re-route %3 of at most %4)</source>
        <translation>Reasignado de %1 a %2 (reasignación %3 de %4 como máximo)</translation>
    </message>
    <message>
        <source>The model knows other categories than the workspace: %1 of its probability falls outside it</source>
        <translation>El modelo conoce otras categorías que el espacio de trabajo: %1 de su probabilidad queda fuera</translation>
    </message>
    <message>
        <source>Model: %1 %2</source>
        <translation>Modelo: %1 %2</translation>
    </message>
    <message>
        <source>Model: %1 %2, driven by %3</source>
        <translation>Modelo: %1 %2, impulsado por %3</translation>
    </message>
    <message>
        <source>Rule %1: %2 to %3</source>
        <translation>Regla %1: %2 para %3</translation>
    </message>
    <message>
        <source>Rule %1: sets the category to %2</source>
        <translation>Regla %1: fija la categoría en %2</translation>
    </message>
    <message>
        <source>Rule %1: flags %2</source>
        <translation>Regla %1: alerta %2</translation>
    </message>
    <message>
        <source>Rule %1: escalates to %2 (%3)</source>
        <translation>Regla %1: escala a %2 (%3)</translation>
    </message>
    <message>
        <source>After rules: %1 %2</source>
        <translation>Tras las reglas: %1 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; announces another issue: parts of the text need %2 to count as a second intent</source>
        <translation>«%1» anuncia otro asunto: partes del texto necesitan %2 para contar como segunda intención</translation>
    </message>
    <message>
        <source>A part of the text reads as %1 (%2): &quot;%3&quot;</source>
        <translation>Una parte del texto se lee como %1 (%2): «%3»</translation>
    </message>
    <message>
        <source>Flag %1 (rule): %2</source>
        <translation>Alerta %1 (regla): %2</translation>
    </message>
    <message>
        <source>Escalate to %1</source>
        <translation>Escalar a %1</translation>
    </message>
    <message>
        <source>No draft: the ticket fits no category</source>
        <translation>Sin borrador: el ticket no encaja en ninguna categoría</translation>
    </message>
    <message>
        <source>No draft: the ticket stays with %1</source>
        <translation>Sin borrador: el ticket se queda con %1</translation>
    </message>
    <message>
        <source>No draft: no specialist owns the ticket</source>
        <translation>Sin borrador: ningún especialista se encarga del ticket</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>Borrador: %1</translation>
    </message>
    <message>
        <source>Draft cites %1</source>
        <translation>El borrador cita %1</translation>
    </message>
    <message>
        <source>%1 has no reply templates in &quot;%2&quot;: drafted in English</source>
        <translation>%1 no tiene plantillas de respuesta en «%2»: redactado en inglés</translation>
    </message>
    <message>
        <source>The latest message needs no answer: an acknowledgement</source>
        <translation>El último mensaje no necesita respuesta: un acuse de recibo</translation>
    </message>
    <message>
        <source>No fitting &quot;%1&quot; template: drafted in English</source>
        <translation>Ninguna plantilla adecuada en «%1»: redactado en inglés</translation>
    </message>
    <message>
        <source>Left out a step using &quot;%1&quot;: %2 may not use that tool</source>
        <translation>Se omitió un paso con «%1»: %2 no puede usar esa herramienta</translation>
    </message>
    <message>
        <source>Left out the &quot;%1&quot; step: the ticket gives no value for it</source>
        <translation>Se omitió el paso «%1»: el ticket no da ningún valor para él</translation>
    </message>
    <message>
        <source>No specialist: no draft</source>
        <translation>Ningún especialista: sin borrador</translation>
    </message>
    <message>
        <source>Crisis language: the draft only says that a person will reply</source>
        <translation>Lenguaje de crisis: el borrador solo dice que responderá una persona</translation>
    </message>
    <message>
        <source>The template draft promised &quot;%1&quot;: removed, a person writes the reply</source>
        <translation>El borrador de la plantilla prometía «%1»: eliminado, una persona escribe la respuesta</translation>
    </message>
    <message>
        <source>LLM drafting failed (%1): this is the template draft</source>
        <translation>Falló la redacción con LLM (%1): este es el borrador de la plantilla</translation>
    </message>
    <message>
        <source>The LLM draft promised &quot;%1&quot;, which policy reserves for people: this is the template draft</source>
        <translation>El borrador del LLM prometía «%1», algo que la política reserva a las personas: este es el borrador de la plantilla</translation>
    </message>
    <message>
        <source>Drafted by %1</source>
        <translation>Redactado por %1</translation>
    </message>
</context>
<context>
    <name>RouteDesk::EngineTexts</name>
    <message>
        <source>free</source>
        <translation>gratuito</translation>
    </message>
    <message>
        <source>starter</source>
        <translation>inicial</translation>
    </message>
    <message>
        <source>pro</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>business</source>
        <translation>empresa</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>corporativo</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>web form</source>
        <translation>formulario web</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
</context>
<context>
    <name>RouteDesk::EscalateDialog</name>
    <message>
        <source>Escalate the ticket</source>
        <translation>Escalar el ticket</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Detalles:</translation>
    </message>
    <message>
        <source>Optional: what the person taking it should know</source>
        <translation>Opcional: lo que debe saber quien lo reciba</translation>
    </message>
    <message>
        <source>Other (explain below)</source>
        <translation>Otro (explicar abajo)</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Jefe de equipo</translation>
    </message>
    <message>
        <source>Team lead (%1)</source>
        <translation>Jefe de equipo (%1)</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Cola: %1</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Escalar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Escalation reason</source>
        <translation>Motivo de la escalada</translation>
    </message>
    <message>
        <source>Escalate to</source>
        <translation>Escalar a</translation>
    </message>
    <message>
        <source>Escalation details</source>
        <translation>Detalles de la escalada</translation>
    </message>
</context>
<context>
    <name>RouteDesk::FlagsDelegate</name>
    <message>
        <source>Unsure</source>
        <translation>Dudoso</translation>
    </message>
    <message>
        <source>Ambig.</source>
        <translation>Ambiguo</translation>
    </message>
    <message>
        <source>Multi</source>
        <translation>Varios</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <source>Abuse</source>
        <translation>Abuso</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Distress</source>
        <translation>Angustia</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Bucle</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Fuera</translation>
    </message>
</context>
<context>
    <name>RouteDesk::HelpDialog</name>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>RouteDesk help</source>
        <translation>Ayuda de RouteDesk</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Flag icons</source>
        <translation>Iconos de &amp;indicadores</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The model is not sure of the category (below the workspace&apos;s threshold; the confidence bar is amber).</source>
        <translation>El modelo no está seguro de la categoría (por debajo del umbral del espacio de trabajo; la barra de confianza es ámbar).</translation>
    </message>
    <message>
        <source>The two best categories are close to each other.</source>
        <translation>Las dos mejores categorías están muy cerca.</translation>
    </message>
    <message>
        <source>The ticket asks about more than one thing, for different specialists.</source>
        <translation>El ticket pregunta por más de una cosa, para especialistas distintos.</translation>
    </message>
    <message>
        <source>Money back: a person reviews every refund.</source>
        <translation>Devolución: una persona revisa cada reembolso.</translation>
    </message>
    <message>
        <source>Asks for an exception to the terms, or beyond the refund limit or window.</source>
        <translation>Pide una excepción a las condiciones, o supera el límite o el plazo de reembolso.</translation>
    </message>
    <message>
        <source>A possible breach, leaked key or account take-over.</source>
        <translation>Una posible intrusión, una clave filtrada o una cuenta usurpada.</translation>
    </message>
    <message>
        <source>Mentions lawyers, courts or legal action.</source>
        <translation>Menciona abogados, tribunales o acciones legales.</translation>
    </message>
    <message>
        <source>Abusive or threatening language.</source>
        <translation>Lenguaje ofensivo o amenazante.</translation>
    </message>
    <message>
        <source>The customer says it cannot wait.</source>
        <translation>El cliente dice que no puede esperar.</translation>
    </message>
    <message>
        <source>The customer sounds distressed; crisis language always goes to a person.</source>
        <translation>El cliente parece angustiado; el lenguaje de crisis siempre va a una persona.</translation>
    </message>
    <message>
        <source>The customer&apos;s tier is a VIP tier.</source>
        <translation>El nivel del cliente es un nivel VIP.</translation>
    </message>
    <message>
        <source>The ticket has been passed back and forth; it stays where it is.</source>
        <translation>El ticket ha ido y venido; se queda donde está.</translation>
    </message>
    <message>
        <source>Fits no category: spam or mail meant for another company.</source>
        <translation>No encaja en ninguna categoría: spam o correo para otra empresa.</translation>
    </message>
    <message>
        <source>Down, Up</source>
        <translation>Abajo, Arriba</translation>
    </message>
    <message>
        <source>Next or previous ticket in the list</source>
        <translation>Ticket siguiente o anterior de la lista</translation>
    </message>
    <message>
        <source>Enter, Escape (in the filter)</source>
        <translation>Intro, Esc (en el filtro)</translation>
    </message>
    <message>
        <source>Back to the list, keeping the filter</source>
        <translation>Volver a la lista, el filtro se mantiene</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <source>Move between the filter, the list and the ticket</source>
        <translation>Moverse entre el filtro, la lista y el ticket</translation>
    </message>
    <message>
        <source>Enter (on a confusion cell)</source>
        <translation>Intro (en una celda de la matriz de confusión)</translation>
    </message>
    <message>
        <source>Open its tickets in the queue</source>
        <translation>Abrir sus tickets en la cola</translation>
    </message>
</context>
<context>
    <name>RouteDesk::LearningSections</name>
    <message>
        <source>Retrain…</source>
        <translation>Reentrenar…</translation>
    </message>
    <message>
        <source>Train a candidate model from the agents&apos; decisions and compare it with the active one</source>
        <translation>Entrenar un modelo candidato a partir de las decisiones de los agentes y compararlo con el activo</translation>
    </message>
    <message>
        <source>Model versions</source>
        <translation>Versiones del modelo</translation>
    </message>
    <message>
        <source>Rule suggestions</source>
        <translation>Sugerencias de reglas</translation>
    </message>
    <message>
        <source>Backtest</source>
        <translation>Prueba retrospectiva</translation>
    </message>
</context>
<context>
    <name>RouteDesk::MainWindow</name>
    <message>
        <source>RouteDesk</source>
        <translation>RouteDesk</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Cola</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <source>The agent&apos;s queue and the selected ticket (Ctrl+1)</source>
        <translation>La cola del agente y el ticket seleccionado (Ctrl+1)</translation>
    </message>
    <message>
        <source>The team lead&apos;s review of overrides and escalations (Ctrl+2)</source>
        <translation>La revisión de correcciones y escaladas para el jefe de equipo (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>Accept the suggested category and specialist (Ctrl+Return)</source>
        <translation>Aceptar la categoría y el especialista sugeridos (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation>&amp;Corregir…</translation>
    </message>
    <message>
        <source>Correct the category or specialist (Ctrl+O)</source>
        <translation>Corregir la categoría o el especialista (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Escalar…</translation>
    </message>
    <message>
        <source>Hand the ticket to the team lead or a queue (Ctrl+E)</source>
        <translation>Pasar el ticket al jefe de equipo o a una cola (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Take back your last action; it stays in the history (Ctrl+Z)</source>
        <translation>Retirar tu última acción; queda en el historial (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Next ticket</source>
        <translation>Ticket &amp;siguiente</translation>
    </message>
    <message>
        <source>Next ticket (J)</source>
        <translation>Ticket siguiente (J)</translation>
    </message>
    <message>
        <source>&amp;Previous ticket</source>
        <translation>Ticket &amp;anterior</translation>
    </message>
    <message>
        <source>Previous ticket (K)</source>
        <translation>Ticket anterior (K)</translation>
    </message>
    <message>
        <source>&amp;Find in queue</source>
        <translation>&amp;Buscar en la cola</translation>
    </message>
    <message>
        <source>&amp;Route new tickets</source>
        <translation>&amp;Enrutar tickets nuevos</translation>
    </message>
    <message>
        <source>Route every ticket that has no suggestion yet (Ctrl+R)</source>
        <translation>Enrutar cada ticket sin sugerencia (Ctrl+R)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Read the queue or the review again from the store (F5)</source>
        <translation>Volver a leer la cola o la revisión del almacén (F5)</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Abrir el espacio de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About RouteDesk</source>
        <translation>&amp;Acerca de RouteDesk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the background work; what is done so far is kept</source>
        <translation>Detener el trabajo en segundo plano; lo hecho se conserva</translation>
    </message>
    <message>
        <source>Progress of background work</source>
        <translation>Progreso del trabajo en segundo plano</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: %2</source>
        <translation>No se puede abrir el almacén %1: %2</translation>
    </message>
    <message>
        <source>Opening the demo workspace</source>
        <translation>Abriendo el espacio de demostración</translation>
    </message>
    <message>
        <source>Opening the workspace</source>
        <translation>Abriendo el espacio de trabajo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>The workspace could not be opened: %1</source>
        <translation>No se pudo abrir el espacio de trabajo: %1</translation>
    </message>
    <message numerus="yes">
        <source>Routed %n ticket(s).</source>
        <translation>
            <numerusform>%n ticket enrutado.</numerusform>
            <numerusform>%n tickets enrutados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the queue</source>
        <translation>Leyendo la cola</translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>No se pudo leer la cola: %1</translation>
    </message>
    <message>
        <source>Routing new tickets</source>
        <translation>Enrutando tickets nuevos</translation>
    </message>
    <message>
        <source>Routing stopped: %1</source>
        <translation>Enrutado detenido: %1</translation>
    </message>
    <message>
        <source>The ticket could not be read: %1</source>
        <translation>No se pudo leer el ticket: %1</translation>
    </message>
    <message>
        <source>The store did not record this, nothing was changed: %1</source>
        <translation>El almacén no lo registró, no se cambió nada: %1</translation>
    </message>
    <message>
        <source>no store is open</source>
        <translation>no hay ningún almacén abierto</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Aceptado: %1</translation>
    </message>
    <message>
        <source>Overridden: %1</source>
        <translation>Corregido: %1</translation>
    </message>
    <message>
        <source>Escalated to %1</source>
        <translation>Escalado a %1</translation>
    </message>
    <message>
        <source>Undone: the ticket is back where it was</source>
        <translation>Deshecho: el ticket vuelve a su estado anterior</translation>
    </message>
    <message>
        <source>About RouteDesk</source>
        <translation>Acerca de RouteDesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;RouteDesk&lt;/b&gt; triages a support queue: it suggests a category and a specialist, drafts a reply and flags what needs a person. You decide; every decision is kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;RouteDesk&lt;/b&gt; clasifica una cola de soporte: sugiere una categoría y un especialista, redacta una respuesta y señala lo que necesita a una persona. Tú decides; cada decisión se guarda.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>Ningún almacén abierto</translation>
    </message>
    <message>
        <source>Demo store: %1</source>
        <translation>Almacén de demostración: %1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Almacén: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nuevo</numerusform>
            <numerusform>%n nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalated</source>
        <translation>
            <numerusform>%n escalado</numerusform>
            <numerusform>%n escalados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n write-back(s) pending</source>
        <translation>
            <numerusform>%n envío pendiente</numerusform>
            <numerusform>%n envíos pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ync with the helpdesk</source>
        <translation>S&amp;incronizar con el helpdesk</translation>
    </message>
    <message>
        <source>Pull new and changed tickets from the helpdesk source and route them (Ctrl+Shift+Y)</source>
        <translation>Traer los tickets nuevos y cambiados del helpdesk y enrutarlos (Ctrl+Mayús+Y)</translation>
    </message>
    <message>
        <source>Send &amp;write-backs</source>
        <translation>Enviar los &amp;envíos</translation>
    </message>
    <message>
        <source>Deliver the pending write-backs to the helpdesk now</source>
        <translation>Enviar ahora al helpdesk los envíos pendientes</translation>
    </message>
    <message numerus="yes">
        <source>Syncing: %n ticket(s) pulled</source>
        <translation>
            <numerusform>Sincronizando: %n ticket recibido</numerusform>
            <numerusform>Sincronizando: %n tickets recibidos</numerusform>
        </translation>
    </message>
    <message>
        <source>the helpdesk did not answer</source>
        <translation>el helpdesk no respondió</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Sincronización detenida: %1</translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n ticket(s) pulled</source>
        <translation>
            <numerusform>Sincronizado: %n ticket recibido</numerusform>
            <numerusform>Sincronizado: %n tickets recibidos</numerusform>
        </translation>
    </message>
    <message>
        <source>No helpdesk source is set: choose its document in the settings.</source>
        <translation>No hay origen de helpdesk: elige su documento en las preferencias.</translation>
    </message>
    <message>
        <source>The helpdesk source %1 cannot be used: %2</source>
        <translation>El origen del helpdesk %1 no se puede usar: %2</translation>
    </message>
    <message>
        <source>Syncing with the helpdesk</source>
        <translation>Sincronizando con el helpdesk</translation>
    </message>
    <message>
        <source>The store&apos;s model or rules could not be applied: %1</source>
        <translation>No se pudieron aplicar el modelo o las reglas del almacén: %1</translation>
    </message>
    <message>
        <source>New tickets are now routed with the store&apos;s active model and rules.</source>
        <translation>Los tickets nuevos se enrutan ahora con el modelo activo y las reglas del almacén.</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Flag icons</source>
        <translation>Iconos de &amp;indicadores</translation>
    </message>
    <message>
        <source>Accept a flagged ticket?</source>
        <translation>¿Aceptar un ticket marcado?</translation>
    </message>
    <message>
        <source>This ticket is flagged: %1.</source>
        <translation>Este ticket está marcado: %1.</translation>
    </message>
    <message>
        <source>Accepting routes it to the suggested specialist without a person looking at it. Escalate it instead, or accept it if you have checked it.</source>
        <translation>Aceptarlo lo envía al especialista sugerido sin que una persona lo mire. Escálelo en su lugar, o acéptelo si lo ha revisado.</translation>
    </message>
    <message>
        <source>Accept &amp;anyway</source>
        <translation>Aceptar &amp;de todos modos</translation>
    </message>
    <message>
        <source>Opening was cancelled. Reload (F5) opens the workspace again.</source>
        <translation>Se canceló la apertura. Recargar (F5) vuelve a abrir el espacio de trabajo.</translation>
    </message>
    <message>
        <source>The write-backs could not be delivered: %1</source>
        <translation>No se pudieron entregar las respuestas al helpdesk: %1</translation>
    </message>
    <message>
        <source>No write-backs were waiting.</source>
        <translation>No había respuestas pendientes.</translation>
    </message>
    <message numerus="yes">
        <source>%n write-back(s) delivered</source>
        <translation>
            <numerusform>%n respuesta entregada</numerusform>
            <numerusform>%n respuestas entregadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be retried</source>
        <translation>
            <numerusform>%n se reintentará</numerusform>
            <numerusform>%n se reintentarán</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): the helpdesk changed the ticket</source>
        <translation>
            <numerusform>%n conflicto: el helpdesk cambió el ticket</numerusform>
            <numerusform>%n conflictos: el helpdesk cambió los tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n write-back(s) not delivered</source>
        <translation>
            <numerusform>%n respuesta no entregada</numerusform>
            <numerusform>%n respuestas no entregadas</numerusform>
        </translation>
    </message>
    <message>
        <source>The helpdesk lacks what some write-backs need: %1</source>
        <translation>Al helpdesk le falta lo que algunos envíos necesitan: %1</translation>
    </message>
    <message>
        <source>That ticket is not in the queue.</source>
        <translation>Ese ticket no está en la cola.</translation>
    </message>
</context>
<context>
    <name>RouteDesk::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>RouteDesk::ModelVersionsPanel</name>
    <message>
        <source>The store cannot be opened: %1</source>
        <translation>No se puede abrir el almacén: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (was %2 on %n ticket(s))</source>
        <translation>
            <numerusform>%1 (antes %2 en %n ticket)</numerusform>
            <numerusform>%1 (antes %2 en %n tickets)</numerusform>
        </translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>candidato</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The pipeline uses model version %1 (activated by %2).</source>
        <translation>El enrutado usa la versión del modelo %1 (activada por %2).</translation>
    </message>
    <message>
        <source>No version is active: the pipeline uses the workspace&apos;s bundled model.</source>
        <translation>No hay ninguna versión activa: el enrutado usa el modelo incluido en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>&amp;Activate selected</source>
        <translation>&amp;Activar la seleccionada</translation>
    </message>
    <message>
        <source>Make the selected version the model the pipeline uses (team leads)</source>
        <translation>Hacer que el enrutado use la versión seleccionada del modelo (jefes de equipo)</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>Go back to the model that was active before the current one (team leads)</source>
        <translation>Volver al modelo que estaba activo antes del actual (jefes de equipo)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activada</translation>
    </message>
    <message>
        <source>Held-out accuracy</source>
        <translation>Precisión en tickets reservados</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Activate a model version</source>
        <translation>Activar una versión del modelo</translation>
    </message>
    <message>
        <source>Route the team&apos;s new tickets with model version %1?</source>
        <translation>¿Enrutar los tickets nuevos del equipo con la versión %1 del modelo?</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>Roll back the model</source>
        <translation>Volver al modelo anterior</translation>
    </message>
    <message>
        <source>Go back to the model that was active before this one? New tickets are then routed with it.</source>
        <translation>¿Volver al modelo que estaba activo antes de este? Los tickets nuevos se enrutarán entonces con él.</translation>
    </message>
</context>
<context>
    <name>RouteDesk::OverrideDialog</name>
    <message>
        <source>The suggested category is wrong</source>
        <translation>La categoría sugerida es incorrecta</translation>
    </message>
    <message>
        <source>Another request in the ticket comes first</source>
        <translation>Otra petición del ticket va primero</translation>
    </message>
    <message>
        <source>Customer context the suggestion cannot know</source>
        <translation>Contexto del cliente que la sugerencia no puede conocer</translation>
    </message>
    <message>
        <source>Right category, other specialist</source>
        <translation>Categoría correcta, otro especialista</translation>
    </message>
    <message>
        <source>Other (explain below)</source>
        <translation>Otro (explicar abajo)</translation>
    </message>
    <message>
        <source>Override the suggestion</source>
        <translation>Corregir la sugerencia</translation>
    </message>
    <message>
        <source>Suggested: %1 (%2 %). Pick what it should be.</source>
        <translation>Sugerido: %1 (%2 %). Elige lo que debería ser.</translation>
    </message>
    <message>
        <source>out of scope</source>
        <translation>fuera de alcance</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>&amp;Specialist:</source>
        <translation>&amp;Especialista:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Detalles:</translation>
    </message>
    <message>
        <source>Optional: what the agent saw</source>
        <translation>Opcional: lo que vio el agente</translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation>&amp;Corregir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Final category</source>
        <translation>Categoría final</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Especialista</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Reason details</source>
        <translation>Detalles del motivo</translation>
    </message>
    <message>
        <source>This is what was suggested: pick another category or specialist, or accept the suggestion instead.</source>
        <translation>Esto es lo sugerido: elige otra categoría u otro especialista, o acepta la sugerencia.</translation>
    </message>
</context>
<context>
    <name>RouteDesk::QueueModel</name>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Corregido</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalado</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>now</source>
        <comment>age of a ticket</comment>
        <translation>ahora</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>age of a ticket in minutes</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>age of a ticket in hours</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>age of a ticket in days</comment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation>Confianza baja</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Ambiguo</translation>
    </message>
    <message>
        <source>Several intents</source>
        <translation>Varias peticiones</translation>
    </message>
    <message>
        <source>Refund review</source>
        <translation>Revisión de reembolso</translation>
    </message>
    <message>
        <source>Policy exception</source>
        <translation>Excepción a la política</translation>
    </message>
    <message>
        <source>Security incident</source>
        <translation>Incidente de seguridad</translation>
    </message>
    <message>
        <source>Legal threat</source>
        <translation>Amenaza legal</translation>
    </message>
    <message>
        <source>Abuse</source>
        <translation>Abuso</translation>
    </message>
    <message>
        <source>Emotional distress</source>
        <translation>Angustia emocional</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Routing loop</source>
        <translation>Bucle de enrutado</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Fuera de alcance</translation>
    </message>
    <message>
        <source>(not routed)</source>
        <translation>(sin enrutar)</translation>
    </message>
    <message>
        <source>(out of scope)</source>
        <translation>(fuera de alcance)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>flag name: reason</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <comment>final category (suggested category)</comment>
        <translation>%1 (era %2)</translation>
    </message>
    <message>
        <source>Suggested: %1, final: %2</source>
        <translation>Sugerida: %1, final: %2</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
</context>
<context>
    <name>RouteDesk::QueueView</name>
    <message numerus="yes">
        <source>%n shown</source>
        <comment>tickets</comment>
        <translation>
            <numerusform>%n mostrado</numerusform>
            <numerusform>%n mostrados</numerusform>
        </translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Filter by subject, requester, id or category (Ctrl+F)</source>
        <translation>Filtrar por asunto, solicitante, id o categoría (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Texto del filtro</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Show tickets in this state</source>
        <translation>Mostrar los tickets en este estado</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtro de categoría</translation>
    </message>
    <message>
        <source>Show tickets with this suggested category</source>
        <translation>Mostrar los tickets con esta categoría sugerida</translation>
    </message>
    <message>
        <source>Flag filter</source>
        <translation>Filtro de alerta</translation>
    </message>
    <message>
        <source>Show tickets with this escalation flag</source>
        <translation>Mostrar los tickets con esta alerta de escalada</translation>
    </message>
    <message>
        <source>Ticket queue</source>
        <translation>Cola de tickets</translation>
    </message>
    <message>
        <source>Show the whole queue again</source>
        <translation>Mostrar de nuevo toda la cola</translation>
    </message>
    <message>
        <source>Clear ticket selection filter</source>
        <translation>Quitar el filtro de selección</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Any or no flag</source>
        <translation>Con o sin alerta</translation>
    </message>
    <message>
        <source>Flagged (any flag)</source>
        <translation>Con alerta (cualquiera)</translation>
    </message>
</context>
<context>
    <name>RouteDesk::RateChart</name>
    <message>
        <source>Override rate over time</source>
        <translation>Tasa de corrección en el tiempo</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>Overrides per settled ticket, by day</source>
        <translation>Correcciones por ticket resuelto, por día</translation>
    </message>
    <message>
        <source>No settled tickets in this period</source>
        <translation>No hay tickets resueltos en este periodo</translation>
    </message>
    <message>
        <source>Overrides per settled ticket, by day (pale bars: tickets settled, at most %1 a day)</source>
        <translation>Correcciones por ticket resuelto, por día (barras claras: tickets resueltos, como máximo %1 al día)</translation>
    </message>
</context>
<context>
    <name>RouteDesk::RetrainDialog</name>
    <message>
        <source>Training a candidate from the history and the agents&apos; final categories…</source>
        <translation>Entrenando un candidato a partir del historial y de las categorías finales de los agentes…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Retraining was cancelled.</source>
        <translation>Se canceló el reentrenamiento.</translation>
    </message>
    <message>
        <source>Retraining failed.</source>
        <translation>El reentrenamiento falló.</translation>
    </message>
    <message>
        <source>No candidate was trained: %1</source>
        <translation>No se entrenó ningún candidato: %1</translation>
    </message>
    <message numerus="yes">
        <source>Trained on %n ticket(s)</source>
        <translation>
            <numerusform>Entrenado con %n ticket</numerusform>
            <numerusform>Entrenado con %n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 from the history, %2 accepted and %3 overridden in the store) in %4 s.</source>
        <translation>(%1 del historial, %2 aceptados y %3 corregidos en el almacén) en %4 s.</translation>
    </message>
    <message>
        <source>There are no held-out tickets to compare on: the store has too few tickets with a final category.</source>
        <translation>No hay tickets reservados con los que comparar: el almacén tiene muy pocos tickets con categoría final.</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>mejora</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>empeora</translation>
    </message>
    <message>
        <source>wrong before and after</source>
        <translation>falla antes y después</translation>
    </message>
    <message>
        <source>The candidate cannot be kept: %1</source>
        <translation>No se puede guardar el candidato: %1</translation>
    </message>
    <message numerus="yes">
        <source>retrained in the desktop app on %n ticket(s)</source>
        <translation>
            <numerusform>reentrenado en la aplicación de escritorio con %n ticket</numerusform>
            <numerusform>reentrenado en la aplicación de escritorio con %n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept as candidate model version %1.</source>
        <translation>Guardado como versión candidata del modelo %1.</translation>
    </message>
    <message>
        <source>Retrain the model</source>
        <translation>Reentrenar el modelo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>Make the candidate the model the team&apos;s pipeline uses (team leads)</source>
        <translation>Hacer que el enrutado del equipo use el modelo candidato (jefes de equipo)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Throw the candidate away; it stays listed with its metrics</source>
        <translation>Descartar el candidato; sigue en la lista con sus métricas</translation>
    </message>
    <message>
        <source>Final category</source>
        <translation>Categoría final</translation>
    </message>
    <message>
        <source>Held-out tickets</source>
        <translation>Tickets reservados</translation>
    </message>
    <message>
        <source>Active model</source>
        <translation>Modelo activo</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>Change (points)</source>
        <translation>Cambio (puntos)</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Held-out tickets whose routing would change:</source>
        <translation>Tickets reservados cuyo enrutado cambiaría:</translation>
    </message>
    <message numerus="yes">
        <source>On %n held-out ticket(s) that the candidate never saw, accuracy goes from %1 (active model: %2) to %3.</source>
        <translation>
            <numerusform>En %n ticket de prueba que el candidato nunca vio, la precisión pasa de %1 (modelo activo: %2) a %3.</numerusform>
            <numerusform>En %n tickets de prueba que el candidato nunca vio, la precisión pasa de %1 (modelo activo: %2) a %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) would be routed differently: %1 fixed, %2 broken.</source>
        <translation>
            <numerusform>%n ticket se enrutaría de otra forma: %1 corregido, %2 empeorado.</numerusform>
            <numerusform>%n tickets se enrutarían de otra forma: %1 corregidos, %2 empeorados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n held-out ticket(s): these figures say little until the store has at least %1 settled tickets to hold out.</source>
        <translation>
            <numerusform>Solo %n ticket reservado: estas cifras dicen poco hasta que el almacén tenga al menos %1 tickets resueltos para reservar.</numerusform>
            <numerusform>Solo %n tickets reservados: estas cifras dicen poco hasta que el almacén tenga al menos %1 tickets resueltos para reservar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Route the team&apos;s new tickets with candidate model version %1?</source>
        <translation>¿Enrutar los tickets nuevos del equipo con la versión candidata %1 del modelo?</translation>
    </message>
    <message numerus="yes">
        <source>On %n held-out ticket(s), accuracy goes from %1 to %2.</source>
        <translation>
            <numerusform>En %n ticket reservado, la precisión pasa de %1 a %2.</numerusform>
            <numerusform>En %n tickets reservados, la precisión pasa de %1 a %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is too few tickets to tell whether it is better.</source>
        <translation>Son demasiado pocos tickets para saber si es mejor.</translation>
    </message>
    <message>
        <source>Activate the candidate</source>
        <translation>Activar el candidato</translation>
    </message>
</context>
<context>
    <name>RouteDesk::ReviewView</name>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el tiempo</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Every agent</source>
        <translation>Todos los agentes</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Reading the store…</source>
        <translation>Leyendo el almacén…</translation>
    </message>
    <message>
        <source>The review could not be read: %1</source>
        <translation>No se pudo leer la revisión: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n settled ticket(s)</source>
        <translation>
            <numerusform>%n ticket resuelto</numerusform>
            <numerusform>%n tickets resueltos</numerusform>
        </translation>
    </message>
    <message>
        <source>suggestions right: %1</source>
        <translation>sugerencias acertadas: %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message numerus="yes">
        <source>%n override(s)</source>
        <translation>
            <numerusform>%n corrección</numerusform>
            <numerusform>%n correcciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s)</source>
        <translation>
            <numerusform>%n escalada</numerusform>
            <numerusform>%n escaladas</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugerida</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshecha</translation>
    </message>
    <message>
        <source>Suggested category</source>
        <translation>Categoría sugerida</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Resueltos</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Acertados</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Correcciones</translation>
    </message>
    <message>
        <source>Override rate</source>
        <translation>Tasa de corrección</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Escaladas</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>The store cannot be opened: %1</source>
        <translation>No se puede abrir el almacén: %1</translation>
    </message>
    <message numerus="yes">
        <source>Suggested %1, final %2: %n ticket(s)</source>
        <translation>
            <numerusform>Sugerida %1, final %2: %n ticket</numerusform>
            <numerusform>Sugerida %1, final %2: %n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>This section has nothing to export</source>
        <translation>Esta sección no tiene nada que exportar</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exportar como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Read the figures again from the store (F5)</source>
        <translation>Volver a leer las cifras del almacén (F5)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the section shown as a CSV file (Ctrl+Shift+S)</source>
        <translation>Guardar la sección mostrada como CSV (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <source>Review actions</source>
        <translation>Acciones de la revisión</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>A&amp;gente:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Matriz de confusión</translation>
    </message>
    <message>
        <source>Per category</source>
        <translation>Por categoría</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>En el tiempo</translation>
    </message>
    <message>
        <source>Review sections</source>
        <translation>Secciones de la revisión</translation>
    </message>
    <message>
        <source>Confusion matrix: suggested category by final category</source>
        <translation>Matriz de confusión: categoría sugerida por categoría final</translation>
    </message>
    <message>
        <source>Rows: suggested category. Columns: final category after the agent. Press Enter or double-click a cell to open its tickets in the queue.</source>
        <translation>Filas: categoría sugerida. Columnas: categoría final tras el agente. Pulsa Intro o haz doble clic en una celda para abrir sus tickets en la cola.</translation>
    </message>
    <message>
        <source>Accuracy and override rate per category</source>
        <translation>Precisión y tasa de corrección por categoría</translation>
    </message>
    <message>
        <source>Override rate by day</source>
        <translation>Tasa de corrección por día</translation>
    </message>
    <message>
        <source>Escalations by reason</source>
        <translation>Escaladas por motivo</translation>
    </message>
    <message>
        <source>No store is open: there is nothing to review.</source>
        <translation>No hay ningún almacén abierto: no hay nada que revisar.</translation>
    </message>
    <message>
        <source>No store is open: %1</source>
        <translation>No hay ningún almacén abierto: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was written to %2.</source>
        <translation>«%1» se ha escrito en %2.</translation>
    </message>
</context>
<context>
    <name>RouteDesk::RuleEditDialog</name>
    <message>
        <source>Type a word or phrase.</source>
        <translation>Escribe una palabra o frase.</translation>
    </message>
    <message>
        <source>Edit the rule</source>
        <translation>Editar la regla</translation>
    </message>
    <message>
        <source>When the text has:</source>
        <translation>Si el texto contiene:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoría:</translation>
    </message>
    <message>
        <source>Then:</source>
        <translation>Entonces:</translation>
    </message>
    <message>
        <source>set the category</source>
        <translation>asignar la categoría</translation>
    </message>
    <message>
        <source>boost the category by</source>
        <translation>reforzar la categoría en</translation>
    </message>
    <message>
        <source>On the stored tickets: support %1, precision %2 (%3 of %4 tickets with the phrase were settled in %5).</source>
        <translation>En los tickets almacenados: soporte %1, precisión %2 (%3 de %4 tickets con la frase se cerraron en %5).</translation>
    </message>
    <message numerus="yes">
        <source>It would change %n ticket(s), %1 of them for the better.</source>
        <translation>
            <numerusform>Cambiaría %n ticket, %1 de ellos para bien.</numerusform>
            <numerusform>Cambiaría %n tickets, %1 de ellos para bien.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RouteDesk::RuleSuggestionsPanel</name>
    <message>
        <source>Find phrases that mark the categories agents chose where the model was wrong.</source>
        <translation>Busca frases que identifiquen las categorías que eligieron los agentes cuando el modelo se equivocó.</translation>
    </message>
    <message>
        <source>The store cannot be opened: %1</source>
        <translation>No se puede abrir el almacén: %1</translation>
    </message>
    <message>
        <source>Reading the overrides…</source>
        <translation>Leyendo las correcciones…</translation>
    </message>
    <message>
        <source>No suggestions: %1</source>
        <translation>No hay sugerencias: %1</translation>
    </message>
    <message>
        <source>%1 (%2 right, %3 wrong)</source>
        <translation>%1 (%2 aciertos, %3 fallos)</translation>
    </message>
    <message>
        <source>right</source>
        <translation>acierta</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>falla</translation>
    </message>
    <message>
        <source>Accepted: tickets with &quot;%1&quot; now go to %2.</source>
        <translation>Aceptada: los tickets con &quot;%1&quot; ahora van a %2.</translation>
    </message>
    <message>
        <source>&amp;Find suggestions</source>
        <translation>&amp;Buscar sugerencias</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Add the rule to this store&apos;s rules (team leads)</source>
        <translation>Añadir la regla a las reglas de este almacén (jefes de equipo)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Never suggest this again (team leads)</source>
        <translation>No volver a sugerir esto (jefes de equipo)</translation>
    </message>
    <message>
        <source>Why (kept with your decision)</source>
        <translation>Motivo (se guarda con tu decisión)</translation>
    </message>
    <message>
        <source>Stored tickets the selected rule would change:</source>
        <translation>Tickets almacenados que cambiaría la regla seleccionada:</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>Frase</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Would change</source>
        <translation>Cambiaría</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugerida</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Final category</source>
        <translation>Categoría final</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) with a final category</source>
        <translation>
            <numerusform>%n ticket con categoría final</numerusform>
            <numerusform>%n tickets con categoría final</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n sugerencia</numerusform>
            <numerusform>%n sugerencias</numerusform>
        </translation>
    </message>
    <message>
        <source>The rule does not fit the workspace: %1</source>
        <translation>La regla no encaja con el espacio de trabajo: %1</translation>
    </message>
</context>
<context>
    <name>RouteDesk::SettingsDialog</name>
    <message>
        <source>Workspace file</source>
        <translation>Archivo del espacio de trabajo</translation>
    </message>
    <message>
        <source>Workspace (*.json)</source>
        <translation>Espacio de trabajo (*.json)</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>Archivo del modelo</translation>
    </message>
    <message>
        <source>Model (*.json)</source>
        <translation>Modelo (*.json)</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>Archivo del almacén</translation>
    </message>
    <message>
        <source>SQLite store (*.sqlite *.db)</source>
        <translation>Almacén SQLite (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Choose a workspace file, or use the demo workspace.</source>
        <translation>Elige un archivo de espacio de trabajo o usa el de demostración.</translation>
    </message>
    <message>
        <source>The store is not usable: %1</source>
        <translation>El almacén no se puede usar: %1</translation>
    </message>
    <message>
        <source>Leave the password out of the store URL: RouteDesk reads it from ~/.pgpass (or the file PGPASSFILE names) and never saves or shows it.</source>
        <translation>Deje la contraseña fuera de la URL del almacén: RouteDesk la lee de ~/.pgpass (o del archivo que indica PGPASSFILE) y nunca la guarda ni la muestra.</translation>
    </message>
    <message>
        <source>A SQLite file, or postgresql://user@host:5432/database for a team store. Empty: %1</source>
        <translation>Un archivo SQLite, o postgresql://usuario@host:5432/base para un almacén de equipo. Vacío: %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Use the &amp;demo workspace (with its own demo store)</source>
        <translation>Usar el espacio de &amp;demostración (con su propio almacén)</translation>
    </message>
    <message>
        <source>&amp;Workspace file:</source>
        <translation>Archivo del &amp;espacio de trabajo:</translation>
    </message>
    <message>
        <source>&amp;Model file:</source>
        <translation>Archivo del &amp;modelo:</translation>
    </message>
    <message>
        <source>Empty: the model shipped with the demo</source>
        <translation>Vacío: el modelo incluido en la demostración</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Almacén:</translation>
    </message>
    <message>
        <source>&amp;Confidence threshold:</source>
        <translation>&amp;Umbral de confianza:</translation>
    </message>
    <message>
        <source>the model&apos;s own</source>
        <translation>el del modelo</translation>
    </message>
    <message>
        <source>&amp;Agent name:</source>
        <translation>&amp;Nombre del agente:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Browse for a workspace file</source>
        <translation>Buscar un archivo de espacio de trabajo</translation>
    </message>
    <message>
        <source>Browse for a model file</source>
        <translation>Buscar un archivo de modelo</translation>
    </message>
    <message>
        <source>Browse for a store file</source>
        <translation>Buscar un archivo de almacén</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Helpdesk source</source>
        <translation>Origen del helpdesk</translation>
    </message>
    <message>
        <source>Source document (*.json)</source>
        <translation>Documento de origen (*.json)</translation>
    </message>
    <message>
        <source>Helpdesk so&amp;urce:</source>
        <translation>&amp;Origen del helpdesk:</translation>
    </message>
    <message>
        <source>Optional: a source document for Sync and write-backs</source>
        <translation>Opcional: un documento de origen para sincronizar y enviar</translation>
    </message>
    <message>
        <source>Browse for a helpdesk source document</source>
        <translation>Buscar un documento de origen</translation>
    </message>
    <message>
        <source>Below this confidence a ticket is flagged for a person and its confidence bar in the queue is amber. 0: the threshold the model chose for its target accuracy.</source>
        <translation>Por debajo de esta confianza un ticket se marca para una persona y su barra de confianza en la cola es ámbar. 0: el umbral que el modelo eligió para su precisión objetivo.</translation>
    </message>
    <message>
        <source>The drafting endpoint must be an http or https URL, such as https://api.example/v1.</source>
        <translation>El punto de acceso de borradores debe ser una URL http o https, como https://api.example/v1.</translation>
    </message>
    <message>
        <source>Leave the key out of the URL: RouteDesk reads it from ROUTEDESK_LLM_API_KEY or the keychain and never saves it.</source>
        <translation>Deje la clave fuera de la URL: RouteDesk la lee de ROUTEDESK_LLM_API_KEY o del llavero y nunca la guarda.</translation>
    </message>
    <message>
        <source>Give both the endpoint and the model, or neither for template drafts.</source>
        <translation>Indique el punto de acceso y el modelo, o ninguno para borradores de plantilla.</translation>
    </message>
    <message>
        <source>Drafts come from this chat-completions endpoint; the API key from the environment (ROUTEDESK_LLM_API_KEY) or the keychain (secret-tool, service routedesk, key llm), never from the settings. Empty: template drafts.</source>
        <translation>Los borradores vienen de este punto de acceso chat-completions; la clave de API del entorno (ROUTEDESK_LLM_API_KEY) o del llavero (secret-tool, service routedesk, key llm), nunca de los ajustes. Vacío: borradores de plantilla.</translation>
    </message>
    <message>
        <source>Drafting &amp;endpoint:</source>
        <translation>Punto de acceso de &amp;borradores:</translation>
    </message>
    <message>
        <source>Optional: https://api.example/v1</source>
        <translation>Opcional: https://api.example/v1</translation>
    </message>
    <message>
        <source>Drafting m&amp;odel:</source>
        <translation>M&amp;odelo de borradores:</translation>
    </message>
    <message>
        <source>Optional: the model&apos;s name</source>
        <translation>Opcional: el nombre del modelo</translation>
    </message>
</context>
<context>
    <name>RouteDesk::TicketPane</name>
    <message>
        <source>%1 (%2)</source>
        <comment>article title (id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 accepted %3</source>
        <translation>%1: %2 aceptó %3</translation>
    </message>
    <message>
        <source>%1: %2 changed the category to %3 (%4)</source>
        <translation>%1: %2 cambió la categoría a %3 (%4)</translation>
    </message>
    <message>
        <source>%1: %2 escalated to %3 (%4)</source>
        <translation>%1: %2 escaló a %3 (%4)</translation>
    </message>
    <message>
        <source>%1: %2 undid an earlier action</source>
        <translation>%1: %2 deshizo una acción anterior</translation>
    </message>
    <message>
        <source>No ticket selected</source>
        <translation>Ningún ticket seleccionado</translation>
    </message>
    <message>
        <source>Pick a ticket in the queue (J and K move through it).</source>
        <translation>Elige un ticket de la cola (J y K para recorrerla).</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <comment>requester name &lt;address&gt;</comment>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>prioridad %1</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>nivel %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>message author, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>(internal note)</source>
        <translation>(nota interna)</translation>
    </message>
    <message>
        <source>(out of scope)</source>
        <translation>(fuera de alcance)</translation>
    </message>
    <message>
        <source>%1 % confidence</source>
        <translation>%1 % de confianza</translation>
    </message>
    <message>
        <source>Confidence %1 percent</source>
        <translation>Confianza %1 por ciento</translation>
    </message>
    <message>
        <source>(no specialist)</source>
        <translation>(sin especialista)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>category -&gt; specialist</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>No flags: the ticket can be handled without a person.</source>
        <translation>Sin alertas: el ticket puede tratarse sin una persona.</translation>
    </message>
    <message>
        <source>Rule fired: %1</source>
        <translation>Regla aplicada: %1</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <comment>category probability</comment>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Next best: %1</source>
        <translation>Siguientes: %1</translation>
    </message>
    <message>
        <source>Cites no articles.</source>
        <translation>No cita artículos.</translation>
    </message>
    <message>
        <source>Cites: %1</source>
        <translation>Cita: %1</translation>
    </message>
    <message>
        <source>(not routed yet)</source>
        <translation>(aún sin enrutar)</translation>
    </message>
    <message>
        <source>No action yet.</source>
        <translation>Aún sin acciones.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoría:</translation>
    </message>
    <message>
        <source>Specialist path:</source>
        <translation>Ruta de especialista:</translation>
    </message>
    <message>
        <source>Secondary intents:</source>
        <translation>Peticiones secundarias:</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Alertas:</translation>
    </message>
    <message>
        <source>Escalation flags</source>
        <translation>Alertas de escalada</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>Explanation and rules fired</source>
        <translation>Explicación y reglas aplicadas</translation>
    </message>
    <message>
        <source>Draft reply</source>
        <translation>Borrador de respuesta</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historial:</translation>
    </message>
    <message>
        <source>Ticket subject</source>
        <translation>Asunto del ticket</translation>
    </message>
    <message>
        <source>Suggestion and history</source>
        <translation>Sugerencia e historial</translation>
    </message>
    <message>
        <source>new, not routed</source>
        <translation>nuevo, sin asignar</translation>
    </message>
    <message>
        <source>new, suggested %1</source>
        <translation>nuevo, sugerido: %1</translation>
    </message>
    <message>
        <source>accepted as %1</source>
        <translation>aceptado como %1</translation>
    </message>
    <message>
        <source>overridden to %1</source>
        <translation>corregido a %1</translation>
    </message>
    <message>
        <source>escalated (%1)</source>
        <translation>escalado (%1)</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <comment>how a ticket was settled: the agent&apos;s reason</comment>
        <translation>%1: «%2»</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <comment>ticket number, subject</comment>
        <translation>n.º %1 %2</translation>
    </message>
    <message>
        <source>%1 % similar</source>
        <translation>%1 % similar</translation>
    </message>
    <message>
        <source>flags: %1</source>
        <translation>marcas: %1</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <comment>agent, time</comment>
        <translation>por %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Customer (%n)</source>
        <comment>the requester&apos;s other tickets</comment>
        <translation>
            <numerusform>Cliente (%n)</numerusform>
            <numerusform>Cliente (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Similar (%n)</source>
        <comment>similar settled tickets</comment>
        <translation>
            <numerusform>Similares (%n)</numerusform>
            <numerusform>Similares (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the requester&apos;s other tickets…</source>
        <translation>Leyendo los demás tickets del solicitante…</translation>
    </message>
    <message>
        <source>Looking for similar settled tickets…</source>
        <translation>Buscando tickets similares ya resueltos…</translation>
    </message>
    <message>
        <source>The customer context could not be read: %1</source>
        <translation>No se pudo leer el contexto del cliente: %1</translation>
    </message>
    <message>
        <source>The ticket names no requester address.</source>
        <translation>El ticket no indica ninguna dirección del solicitante.</translation>
    </message>
    <message>
        <source>No other tickets from %1.</source>
        <translation>No hay otros tickets de %1.</translation>
    </message>
    <message>
        <source>No similar ticket has been settled yet.</source>
        <translation>Todavía no se ha resuelto ningún ticket similar.</translation>
    </message>
    <message>
        <source>The requester&apos;s other tickets</source>
        <translation>Otros tickets del solicitante</translation>
    </message>
    <message>
        <source>Similar settled tickets</source>
        <translation>Tickets similares resueltos</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActionTaskDialog</name>
    <message>
        <source>Action item in the plan</source>
        <translation>Acción pendiente en el plan</translation>
    </message>
    <message>
        <source>&amp;New task under the action area:</source>
        <translation>&amp;Nueva tarea en el área de acción:</translation>
    </message>
    <message>
        <source>Action area</source>
        <translation>Área de acción</translation>
    </message>
    <message>
        <source>&amp;Existing task:</source>
        <translation>Tarea &amp;existente:</translation>
    </message>
    <message>
        <source>Existing task</source>
        <translation>Tarea existente</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>No action plan covers this meeting&apos;s year: link the action item to an existing task.</source>
        <translation>Ningún plan de acción cubre el año de esta reunión: vincule la acción pendiente a una tarea existente.</translation>
    </message>
    <message>
        <source>Make an action item a task</source>
        <translation>Convertir una acción pendiente en tarea</translation>
    </message>
    <message>
        <source>Choose the task to link to.</source>
        <translation>Elija la tarea que se vinculará.</translation>
    </message>
    <message>
        <source>Link an action item to a task</source>
        <translation>Vincular una acción pendiente a una tarea</translation>
    </message>
</context>
<context>
    <name>AddToCalendar</name>
    <message>
        <source>Add to &amp;calendar…</source>
        <translation>Añadir al &amp;calendario…</translation>
    </message>
    <message>
        <source>Save this event as a calendar file (.ics) and open it in your calendar program</source>
        <translation>Guardar este evento como archivo de calendario (.ics) y abrirlo en su programa de calendario</translation>
    </message>
    <message>
        <source>Save the event as</source>
        <translation>Guardar el evento como</translation>
    </message>
    <message>
        <source>Saved the event to %1; your calendar program opens it to import it.</source>
        <translation>Evento guardado en %1; su programa de calendario lo abre para importarlo.</translation>
    </message>
</context>
<context>
    <name>AppStatusBar</name>
    <message>
        <source>This copy: %1</source>
        <translation>Esta instalación: %1</translation>
    </message>
    <message>
        <source>Key fingerprint: %1</source>
        <translation>Huella de la clave: %1</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <source>This database holds the fictional demo dataset</source>
        <translation>Esta base contiene el conjunto de datos ficticio de demostración</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n conflicto abierto</numerusform>
            <numerusform>%n conflictos abiertos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssistanceRequestPage</name>
    <message>
        <source>Assessment and decision</source>
        <translation>Evaluación y decisión</translation>
    </message>
</context>
<context>
    <name>AssociationBox</name>
    <message>
        <source>Printed documents</source>
        <translation>Documentos impresos</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Association &amp;name:</source>
        <translation>Nombre de la aso&amp;ciación:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <source>They head the cover and the footer of the meeting pack.</source>
        <translation>Encabezan la portada y el pie de página del dosier de la reunión.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Choose the association&apos;s logo</source>
        <translation>Elegir el logotipo de la asociación</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Añadido por</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>A&amp;ttach files…</source>
        <translation>A&amp;djuntar archivos…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Save the record first to attach files to it.</source>
        <translation>Guarde primero el registro para adjuntarle archivos.</translation>
    </message>
    <message>
        <source>Drop files here to attach them.</source>
        <translation>Suelte archivos aquí para adjuntarlos.</translation>
    </message>
    <message>
        <source>No files yet: attach some, or drop them here.</source>
        <translation>Aún no hay archivos: adjunte algunos o suéltelos aquí.</translation>
    </message>
    <message>
        <source>Attaching “%1” (%2 of %3)…</source>
        <translation>Adjuntando «%1» (%2 de %3)…</translation>
    </message>
    <message>
        <source>Attaching files…</source>
        <translation>Adjuntando archivos…</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>Abriendo «%1»…</translation>
    </message>
    <message>
        <source>No program opened “%1”. A copy is at %2</source>
        <translation>Ningún programa abrió «%1». Hay una copia en %2</translation>
    </message>
    <message>
        <source>Saved a copy of “%1” as %2</source>
        <translation>Copia de «%1» guardada como %2</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>Guardando «%1»…</translation>
    </message>
    <message>
        <source>“%1” has not been received yet: it comes with a colleague&apos;s bundle that carries files.</source>
        <translation>«%1» aún no se ha recibido: llegará con un paquete de un colega que lleve archivos.</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Quitar el archivo adjunto</translation>
    </message>
    <message>
        <source>Remove “%1” from this record? You can undo this.</source>
        <translation>¿Quitar «%1» de este registro? Puede deshacerlo.</translation>
    </message>
    <message>
        <source>%1 (not received yet)</source>
        <translation>%1 (aún no recibido)</translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <source>The operation failed unexpectedly; see the log for details.</source>
        <translation>La operación falló de forma inesperada; consulte el registro para más detalles.</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <source>Write events to a calendar file (.ics) for Outlook, Thunderbird, Google Calendar or your phone. Importing a newer file updates the events instead of adding them twice.</source>
        <translation>Escribir los eventos en un archivo de calendario (.ics) para Outlook, Thunderbird, Google Calendar o su teléfono. Importar un archivo más reciente actualiza los eventos en lugar de duplicarlos.</translation>
    </message>
    <message>
        <source>&amp;All events, past and upcoming</source>
        <translation>&amp;Todos los eventos, pasados y futuros</translation>
    </message>
    <message>
        <source>Events of a &amp;region:</source>
        <translation>Eventos de una &amp;región:</translation>
    </message>
    <message>
        <source>Events I &amp;attend, as:</source>
        <translation>Eventos a los que &amp;asisto, como:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Who you are</source>
        <translation>Quién es usted</translation>
    </message>
    <message>
        <source>(choose who you are)</source>
        <translation>(elija quién es usted)</translation>
    </message>
    <message>
        <source>IALI events</source>
        <translation>Eventos de IALI</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Archivo de calendario</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Save the calendar as</source>
        <translation>Guardar el calendario como</translation>
    </message>
    <message>
        <source>Choose the file to write the calendar to.</source>
        <translation>Elija el archivo donde escribir el calendario.</translation>
    </message>
    <message>
        <source>There is no region to choose yet.</source>
        <translation>Todavía no hay ninguna región para elegir.</translation>
    </message>
    <message>
        <source>Choose who you are, to export the events you attend.</source>
        <translation>Elija quién es usted para exportar los eventos a los que asiste.</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Escribiendo el calendario…</translation>
    </message>
    <message>
        <source>Wrote %1 events to %2.</source>
        <translation>%1 eventos escritos en %2.</translation>
    </message>
    <message>
        <source>The calendar was not written: %1</source>
        <translation>El calendario no se escribió: %1</translation>
    </message>
</context>
<context>
    <name>CalendarFiles</name>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
</context>
<context>
    <name>ChildRecordsPanel</name>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Remove “%1”? You can undo this.</source>
        <translation>¿Quitar «%1»? Puede deshacerlo.</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Record and field</source>
        <translation>Registro y campo</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Records with conflicts</source>
        <translation>Registros con conflictos</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Mostrado ahora</translation>
    </message>
    <message>
        <source>Competing values</source>
        <translation>Valores en competencia</translation>
    </message>
    <message>
        <source>&amp;Keep this value</source>
        <translation>&amp;Conservar este valor</translation>
    </message>
    <message>
        <source>&amp;Write a new value…</source>
        <translation>&amp;Escribir un valor nuevo…</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Abrir el registro</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s). Every copy shows the same value for now; keep one, or write a new value, and the choice travels with your next bundle.</source>
        <translation>
            <numerusform>%n conflicto abierto. Por ahora cada instalación muestra el mismo valor; conserve uno o escriba un valor nuevo, y la elección viajará con su próximo paquete.</numerusform>
            <numerusform>%n conflictos abiertos. Por ahora cada instalación muestra el mismo valor; conserve uno o escriba un valor nuevo, y la elección viajará con su próximo paquete.</numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflicts: every field has one value.</source>
        <translation>No hay conflictos abiertos: cada campo tiene un solo valor.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>&amp;Keep the record</source>
        <translation>&amp;Conservar el registro</translation>
    </message>
    <message>
        <source>Write a new value</source>
        <translation>Escribir un valor nuevo</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <source>Total score</source>
        <translation>Puntuación total</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>&amp;Save assessment</source>
        <translation>&amp;Guardar la evaluación</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Unsaved assessment</source>
        <translation>Evaluación sin guardar</translation>
    </message>
    <message>
        <source>Save the changed assessment?</source>
        <translation>¿Guardar la evaluación modificada?</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Score (0-5)</source>
        <translation>Puntuación (0-5)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observación</translation>
    </message>
    <message>
        <source>Assess request</source>
        <translation>Evaluar la solicitud</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>%1: met</source>
        <translation>%1: cumplido</translation>
    </message>
    <message>
        <source>%1: score</source>
        <translation>%1: puntuación</translation>
    </message>
    <message>
        <source>%1: note</source>
        <translation>%1: observación</translation>
    </message>
    <message>
        <source>Total score: %1 of %2 · %3 of %4 criteria met</source>
        <translation>Puntuación total: %1 de %2 · %3 de %4 criterios cumplidos</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Tasks done: %1/%2</source>
        <translation>Tareas terminadas: %1/%2</translation>
    </message>
    <message>
        <source>No overdue tasks.</source>
        <translation>Ninguna tarea atrasada.</translation>
    </message>
    <message>
        <source>Nothing due in the next 30 days.</source>
        <translation>Nada vence en los próximos 30 días.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see Tasks)</source>
        <translation>
            <numerusform>… y %n más (vea Tareas)</numerusform>
            <numerusform>… y %n más (vea Tareas)</numerusform>
        </translation>
    </message>
    <message>
        <source>No events in the next 90 days.</source>
        <translation>Ningún evento en los próximos 90 días.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>fecha desconocida</translation>
    </message>
    <message>
        <source>No request is waiting for the EC.</source>
        <translation>Ninguna solicitud espera al CE.</translation>
    </message>
    <message>
        <source>No agreement is due for review.</source>
        <translation>Ningún acuerdo pendiente de revisión.</translation>
    </message>
    <message>
        <source>Every active member has paid this year.</source>
        <translation>Todos los miembros activos han pagado este año.</translation>
    </message>
    <message>
        <source>Unpaid dues %1</source>
        <translation>Cuotas impagadas %1</translation>
    </message>
    <message>
        <source>No engagement logged yet.</source>
        <translation>Aún no se ha registrado ningún contacto.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>No bundle exchanged with a colleague yet.</source>
        <translation>Aún no se ha intercambiado ningún paquete con un colega.</translation>
    </message>
    <message>
        <source>No action plan yet</source>
        <translation>Aún no hay plan de acción</translation>
    </message>
    <message>
        <source>Progress per action area</source>
        <translation>Avance por área de acción</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Tareas atrasadas</translation>
    </message>
    <message>
        <source>Due in the next 30 days</source>
        <translation>Vencen en los próximos 30 días</translation>
    </message>
    <message>
        <source>Upcoming events (90 days)</source>
        <translation>Próximos eventos (90 días)</translation>
    </message>
    <message>
        <source>Assistance requests awaiting the EC</source>
        <translation>Solicitudes de asistencia pendientes del CE</translation>
    </message>
    <message>
        <source>Agreements due for review</source>
        <translation>Acuerdos pendientes de revisión</translation>
    </message>
    <message>
        <source>Latest engagements</source>
        <translation>Últimos contactos</translation>
    </message>
    <message>
        <source>Sync: last exchange per colleague</source>
        <translation>Sincronización: último intercambio por colega</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Revisión prevista el</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Colega</translation>
    </message>
    <message>
        <source>Last exchange</source>
        <translation>Último intercambio</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir una &amp;base reciente</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>“%1” already exists; choose Open database… to open it.</source>
        <translation>«%1» ya existe; elija Abrir base de datos… para abrirla.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>No other database opened yet</source>
        <translation>Aún no se ha abierto ninguna otra base de datos</translation>
    </message>
</context>
<context>
    <name>DateLine</name>
    <message>
        <source>e.g. %1</source>
        <translation>p. ej. %1</translation>
    </message>
    <message>
        <source>Pick a date in a calendar</source>
        <translation>Elegir una fecha en un calendario</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Sample data: every record here is fictional. Nothing you do here reaches your own database or your colleagues.</source>
        <translation>Datos de ejemplo: todos los registros son ficticios. Nada de lo que haga aquí llega a su propia base de datos ni a sus colegas.</translation>
    </message>
    <message>
        <source>&amp;Back to my database</source>
        <translation>&amp;Volver a mi base de datos</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Nuevo registro</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a bundle</source>
        <translation>Exportar un paquete</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Everything (a full bundle, for anyone)</source>
        <translation>Todo (un paquete completo, para cualquiera)</translation>
    </message>
    <message>
        <source>%1: the %2 changes they lack</source>
        <translation>%1: los %2 cambios que le faltan</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>Send &amp;again everything they have not confirmed (a bundle was lost)</source>
        <translation>&amp;Reenviar todo lo que no ha confirmado (se perdió un paquete)</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Archivo del paquete</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Arch&amp;ivo:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Optional: for bundles sent by e-mail</source>
        <translation>Opcional: para paquetes enviados por correo electrónico</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Frase de contraseña (confirmación)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmación:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>IALI Desktop bundles (*.ialibundle)</source>
        <translation>Paquetes de IALI Desktop (*.ialibundle)</translation>
    </message>
    <message>
        <source>Choose a file to write the bundle to.</source>
        <translation>Elija el archivo donde escribir el paquete.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Escribiendo el paquete…</translation>
    </message>
    <message>
        <source>The bundle was not written: %1</source>
        <translation>No se escribió el paquete: %1</translation>
    </message>
    <message>
        <source>Wrote %1 changes to %2 (%3 KiB). Send the file by e-mail, USB stick or a shared folder.</source>
        <translation>Se escribieron %1 cambios en %2 (%3 KiB). Envíe el archivo por correo electrónico, memoria USB o carpeta compartida.</translation>
    </message>
    <message numerus="yes">
        <source>It carries %n attached file(s).</source>
        <translation>
            <numerusform>Lleva %n archivo adjunto.</numerusform>
            <numerusform>Lleva %n archivos adjuntos.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>name@example.org</source>
        <translation>nombre@ejemplo.org</translation>
    </message>
    <message>
        <source>several values, separated by commas</source>
        <translation>varios valores, separados por comas</translation>
    </message>
    <message>
        <source>%1: calendar</source>
        <translation>%1: calendario</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Date field</source>
        <translation>Campo de fecha</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>cualquier fecha</translation>
    </message>
    <message>
        <source>Reference field</source>
        <translation>Campo de referencia</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Filtrar por %1</translation>
    </message>
    <message>
        <source>%1: all</source>
        <translation>%1: todos</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to IALI Desktop</source>
        <translation>Bienvenido a IALI Desktop</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Who you are</source>
        <translation>Quién es usted</translation>
    </message>
    <message>
        <source>Colleagues see this name on the changes you send them, for example “Ana, Americas”.</source>
        <translation>Sus colegas ven este nombre en los cambios que les envía, por ejemplo «Ana, Américas».</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nombre &amp;visible:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>No particular region</source>
        <translation>Ninguna región en particular</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Su función</translation>
    </message>
    <message>
        <source>Your role and region put your own work first; change them any time in Settings.</source>
        <translation>Su función y su región ponen primero su propio trabajo; puede cambiarlas en cualquier momento en la Configuración.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gión:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>IALI Desktop speaks English, French and Spanish.</source>
        <translation>IALI Desktop habla inglés, francés y español.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Your key</source>
        <translation>Su clave</translation>
    </message>
    <message>
        <source>Every bundle you send is signed with this install&apos;s key. Read this fingerprint to colleagues (on a call, or in person) so they can trust your bundles:</source>
        <translation>Cada paquete que envía se firma con la clave de esta instalación. Lea esta huella a sus colegas (por teléfono o en persona) para que puedan confiar en sus paquetes:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the key fingerprint</source>
        <translation>Copiar la huella de la clave</translation>
    </message>
</context>
<context>
    <name>FolderPanel</name>
    <message>
        <source>Sync folder</source>
        <translation>Carpeta de sincronización</translation>
    </message>
    <message>
        <source>Bundles waiting and problems</source>
        <translation>Paquetes en espera y problemas</translation>
    </message>
    <message>
        <source>Waiting for your decision: %1 from &apos;%2&apos; (key %3): %4. Open it to see what it would change.</source>
        <translation>En espera de su decisión: %1 de «%2» (clave %3): %4. Ábralo para ver qué cambiaría.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
</context>
<context>
    <name>FolderSync</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Sync folder not reachable</source>
        <translation>Carpeta de sincronización inaccesible</translation>
    </message>
    <message>
        <source>Bundles waiting for your decision: %1</source>
        <translation>Paquetes en espera de su decisión: %1</translation>
    </message>
    <message>
        <source>Sync folder problems: %1</source>
        <translation>Problemas de la carpeta de sincronización: %1</translation>
    </message>
    <message>
        <source>Sync folder checked %1</source>
        <translation>Carpeta de sincronización revisada %1</translation>
    </message>
    <message>
        <source>No sync folder is set. In Settings, choose a folder that Syncthing, a cloud drive or a network share keeps in step with your colleagues, and bundles travel by themselves.</source>
        <translation>No hay ninguna carpeta de sincronización. En Configuración, elija una carpeta que Syncthing, una unidad en la nube o un recurso de red mantenga al día con sus colegas, y los paquetes viajarán solos.</translation>
    </message>
    <message>
        <source>Sync folder: %1</source>
        <translation>Carpeta de sincronización: %1</translation>
    </message>
    <message>
        <source>The folder is not reachable (drive unplugged, share not mounted?); syncing resumes when it is back.</source>
        <translation>La carpeta no está accesible (¿unidad desconectada, recurso no montado?); la sincronización se reanudará cuando vuelva.</translation>
    </message>
    <message>
        <source>Last written: %1</source>
        <translation>Última escritura: %1</translation>
    </message>
    <message>
        <source>Last received from %1: %2</source>
        <translation>Última recepción de %1: %2</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Reading the bundle…</source>
        <translation>Leyendo el paquete…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase agreed with the sender</source>
        <translation>Frase de contraseña acordada con el remitente</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Huella de la clave:</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificados</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminados</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurados</translation>
    </message>
    <message>
        <source>Changes per record type</source>
        <translation>Cambios por tipo de registro</translation>
    </message>
    <message>
        <source>No record is created, changed or deleted.</source>
        <translation>No se crea, modifica ni elimina ningún registro.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Review conflicts</source>
        <translation>&amp;Revisar los conflictos</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Comprobando el paquete…</translation>
    </message>
    <message>
        <source>This bundle cannot be imported: %1</source>
        <translation>Este paquete no se puede importar: %1</translation>
    </message>
    <message>
        <source>You have not received bundles from %1 before. Compare this fingerprint with the one %1 reads to you (on a call, or in person) before you trust it.</source>
        <translation>Aún no ha recibido paquetes de %1. Compare esta huella con la que %1 le lea (por teléfono o en persona) antes de confiar en ella.</translation>
    </message>
    <message>
        <source>I have compared the fingerprint; trust %1</source>
        <translation>He comparado la huella; confiar en %1</translation>
    </message>
    <message>
        <source>A trusted sender.</source>
        <translation>Un remitente de confianza.</translation>
    </message>
    <message>
        <source>This bundle was imported before; importing it again changes nothing.</source>
        <translation>Este paquete ya se importó; importarlo de nuevo no cambia nada.</translation>
    </message>
    <message>
        <source>Nothing can be applied yet: importing keeps the bundle&apos;s changes aside until what they lack arrives.</source>
        <translation>Todavía no se puede aplicar nada: la importación guarda aparte los cambios del paquete hasta que llegue lo que les falta.</translation>
    </message>
    <message>
        <source>Nothing new: this database already holds every change in the bundle.</source>
        <translation>Nada nuevo: esta base ya contiene todos los cambios del paquete.</translation>
    </message>
    <message>
        <source>%1 new changes of %2 in the bundle. Nothing has changed yet: check the preview, then import.</source>
        <translation>%1 cambios nuevos de %2 en el paquete. Todavía no ha cambiado nada: revise la vista previa y luego importe.</translation>
    </message>
    <message numerus="yes">
        <source>No record is created or deleted; %n field(s) get a second value, kept as a conflict for you to choose.</source>
        <translation>
            <numerusform>No se crea ni elimina ningún registro; %n campo recibe un segundo valor, que se guarda como conflicto para que usted elija.</numerusform>
            <numerusform>No se crea ni elimina ningún registro; %n campos reciben un segundo valor, que se guarda como conflicto para que usted elija.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importado: %1</translation>
    </message>
    <message>
        <source>The database was backed up first to %1.</source>
        <translation>Antes se hizo una copia de seguridad de la base en %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) now hold two values: review the conflicts to keep one.</source>
        <translation>
            <numerusform>%n campo tiene ahora dos valores: revise los conflictos para conservar uno.</numerusform>
            <numerusform>%n campos tienen ahora dos valores: revise los conflictos para conservar uno.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>The sender&apos;s name looks like %1, another colleague: compare the key fingerprint with theirs before importing.</source>
        <translation>El nombre del remitente se parece a %1, otro colega: compare la huella de la clave con la suya antes de importar.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages with unsaved changes switch to the new language once saved.</source>
        <translation>Las páginas con cambios sin guardar pasarán al nuevo idioma una vez guardadas.</translation>
    </message>
    <message>
        <source>That record no longer exists.</source>
        <translation>Este registro ya no existe.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>SAMPLE DATA (fictional)</source>
        <translation>DATOS DE EJEMPLO (ficticios)</translation>
    </message>
    <message>
        <source>&amp;Back to my database</source>
        <translation>&amp;Volver a mi base de datos</translation>
    </message>
    <message>
        <source>E&amp;xplore with sample data</source>
        <translation>E&amp;xplorar los datos de ejemplo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>Exportar &amp;calendario…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;About IALI Desktop</source>
        <translation>&amp;Acerca de IALI Desktop</translation>
    </message>
</context>
<context>
    <name>MeetingPackAction</name>
    <message>
        <source>Meeting &amp;pack…</source>
        <translation>&amp;Dosier de la reunión…</translation>
    </message>
    <message>
        <source>Print the pack for this EC meeting</source>
        <translation>Imprimir el dosier de esta reunión del CE</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>Search EC meetings…</source>
        <translation>Buscar reuniones del CE…</translation>
    </message>
    <message>
        <source>New EC meeting</source>
        <translation>Nueva reunión del CE</translation>
    </message>
    <message>
        <source>&amp;Task in the plan…</source>
        <translation>&amp;Tarea del plan…</translation>
    </message>
    <message>
        <source>Make this action item a task of the action plan, or link it to an existing task</source>
        <translation>Convertir esta acción pendiente en una tarea del plan de acción, o vincularla a una tarea existente</translation>
    </message>
    <message>
        <source>Add the &amp;EC members</source>
        <translation>Añadir los miembros del &amp;CE</translation>
    </message>
    <message>
        <source>List the President, the EC members and the regional representatives as participants of this meeting</source>
        <translation>Incluir al Presidente, a los miembros del CE y a los representantes regionales como participantes de esta reunión</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Agenda items, with each item&apos;s minutes</source>
        <translation>Puntos del orden del día, con el acta de cada punto</translation>
    </message>
    <message>
        <source>Decisions and action items</source>
        <translation>Decisiones y acciones pendientes</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Participants: present, apologies or absent</source>
        <translation>Participantes: presentes, excusados o ausentes</translation>
    </message>
    <message>
        <source>new EC meeting</source>
        <translation>nueva reunión del CE</translation>
    </message>
    <message>
        <source>Save “%1”</source>
        <translation>Guardar «%1»</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>No se añadió nadie</translation>
    </message>
    <message>
        <source>Every EC member is listed already.</source>
        <translation>Todos los miembros del CE ya figuran en la lista.</translation>
    </message>
    <message>
        <source>Add the EC members</source>
        <translation>Añadir los miembros del CE</translation>
    </message>
    <message>
        <source>&amp;New EC meeting</source>
        <translation>&amp;Nueva reunión del CE</translation>
    </message>
</context>
<context>
    <name>MinutesActions</name>
    <message>
        <source>&amp;Minutes PDF…</source>
        <translation>Acta en &amp;PDF…</translation>
    </message>
    <message>
        <source>Print this meeting&apos;s minutes: attendance, minutes, decisions and actions (marked draft until approved)</source>
        <translation>Imprimir el acta de esta reunión: asistencia, acta, decisiones y acciones (marcada como borrador hasta su aprobación)</translation>
    </message>
    <message>
        <source>&amp;Approve previous minutes…</source>
        <translation>&amp;Aprobar el acta anterior…</translation>
    </message>
    <message>
        <source>Record the previous EC meeting&apos;s minutes as approved at this meeting</source>
        <translation>Registrar el acta de la reunión anterior del CE como aprobada en esta reunión</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>No aprobada</translation>
    </message>
    <message>
        <source>Record the minutes of “%1” as approved at this meeting, on %2?</source>
        <translation>¿Registrar el acta de «%1» como aprobada en esta reunión, el %2?</translation>
    </message>
    <message>
        <source>Approve minutes</source>
        <translation>Aprobar el acta</translation>
    </message>
</context>
<context>
    <name>MultiRefPicker</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Añadir a %1</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Quitar de %1</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>Start a new plan</source>
        <translation>Iniciar un nuevo plan</translation>
    </message>
    <message>
        <source>The new plan gets the source plan&apos;s six action areas, its ongoing activities and every specific task not yet done or cancelled.</source>
        <translation>El nuevo plan recibe las seis áreas de acción del plan de origen, sus actividades permanentes y todas las tareas específicas no terminadas ni canceladas.</translation>
    </message>
    <message>
        <source>Start plan</source>
        <translation>Iniciar el plan</translation>
    </message>
    <message>
        <source>Carry forward from:</source>
        <translation>Trasladar desde:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>From year:</source>
        <translation>Año de inicio:</translation>
    </message>
    <message>
        <source>To year:</source>
        <translation>Año de fin:</translation>
    </message>
    <message>
        <source>IALI Action Plan %1 – %2</source>
        <translation>Plan de acción de la IALI %1 – %2</translation>
    </message>
</context>
<context>
    <name>PackOptions</name>
    <message>
        <source>The plan covering the meeting&apos;s year</source>
        <translation>El plan que cubre el año de la reunión</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Datos a fecha de</translation>
    </message>
    <message>
        <source>The pack shows the records as they stood on this day; the same data and day print the same file.</source>
        <translation>El dosier muestra los registros tal como estaban ese día; los mismos datos y el mismo día imprimen el mismo archivo.</translation>
    </message>
    <message>
        <source>Open sync conflicts</source>
        <translation>Conflictos de sincronización abiertos</translation>
    </message>
    <message>
        <source>Action &amp;plan:</source>
        <translation>&amp;Plan de acción:</translation>
    </message>
    <message>
        <source>Data &amp;as of:</source>
        <translation>Datos a &amp;fecha de:</translation>
    </message>
</context>
<context>
    <name>PeersPage</name>
    <message>
        <source>This install: %1 — key fingerprint %2</source>
        <translation>Esta instalación: %1 — huella de la clave %2</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Colega</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Huella de la clave</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>De confianza</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Última recepción</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Último envío</translation>
    </message>
    <message>
        <source>Changes they lack</source>
        <translation>Cambios que le faltan</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Colegas</translation>
    </message>
    <message>
        <source>No colleague&apos;s bundle has been imported yet. Import one (File &gt; Import bundle…) or send yours first.</source>
        <translation>Aún no se ha importado ningún paquete de un colega. Importe uno (Archivo &gt; Importar paquete…) o envíe primero el suyo.</translation>
    </message>
    <message>
        <source>&amp;Export for this colleague…</source>
        <translation>&amp;Exportar para este colega…</translation>
    </message>
    <message>
        <source>Send &amp;again what they have not confirmed…</source>
        <translation>&amp;Reenviar lo que no ha confirmado…</translation>
    </message>
    <message>
        <source>A bundle for this colleague was lost: export everything they have not acknowledged, including what was sent before</source>
        <translation>Se perdió un paquete para este colega: exportar todo lo que no ha confirmado, incluido lo que ya se envió</translation>
    </message>
    <message>
        <source>&amp;Trust a key fingerprint…</source>
        <translation>&amp;Confiar en una huella…</translation>
    </message>
    <message>
        <source>(known through others)</source>
        <translation>(conocido a través de otros)</translation>
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
        <source>Trust a key fingerprint</source>
        <translation>Confiar en una huella de clave</translation>
    </message>
    <message>
        <source>The fingerprint your colleague read to you:</source>
        <translation>La huella que le leyó su colega:</translation>
    </message>
    <message>
        <source>Trusted %1</source>
        <translation>%1 es de confianza</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Export personal data…</source>
        <translation>Exportar datos personales…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Borrar datos personales…</translation>
    </message>
    <message>
        <source>Export personal data as</source>
        <translation>Exportar datos personales como</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;JSON file (*.json)</source>
        <translation>Documento PDF (*.pdf);;Archivo JSON (*.json)</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Borrar datos personales</translation>
    </message>
    <message>
        <source>Erase the personal data of “%1”?

Their name, e-mail, phone and notes are removed from this %2, from its history and from the search, here and on every colleague&apos;s database when the next bundles arrive. The record stays, without them, so what refers to it still does.

This cannot be undone.</source>
        <translation>¿Borrar los datos personales de «%1»?

Su nombre, correo electrónico, teléfono y notas se eliminan de este registro (%2), de su historial y de la búsqueda, aquí y en la base de datos de cada colega cuando lleguen los próximos paquetes. El registro se conserva, sin ellos, de modo que lo que hace referencia a él sigue funcionando.

Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Borrar definitivamente</translation>
    </message>
    <message>
        <source>Backups made before the erasure</source>
        <translation>Copias de seguridad anteriores al borrado</translation>
    </message>
    <message>
        <source>Backups made before the erasure (%1) may still hold personal data of erased people. Delete them now?</source>
        <translation>Las copias de seguridad anteriores al borrado (%1) pueden contener aún datos personales de las personas borradas. ¿Eliminarlas ahora?</translation>
    </message>
</context>
<context>
    <name>PlanDelegate</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Start a new plan</source>
        <translation>Iniciar un nuevo plan</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Expandir todo</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Contraer todo</translation>
    </message>
    <message>
        <source>Start a new plan…</source>
        <translation>Iniciar un nuevo plan…</translation>
    </message>
    <message>
        <source>Action plan tree</source>
        <translation>Árbol del plan de acción</translation>
    </message>
    <message>
        <source>Details of the selected item</source>
        <translation>Detalles del elemento seleccionado</translation>
    </message>
    <message>
        <source>Edit refused</source>
        <translation>Modificación rechazada</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <source>Key outcomes</source>
        <translation>Resultados clave</translation>
    </message>
    <message>
        <source>Ongoing activities</source>
        <translation>Actividades permanentes</translation>
    </message>
    <message>
        <source>Specific tasks</source>
        <translation>Tareas específicas</translation>
    </message>
    <message>
        <source>Tasks with no action area</source>
        <translation>Tareas sin área de acción</translation>
    </message>
    <message>
        <source>Area, outcome or task</source>
        <translation>Área, resultado o tarea</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Form errors</source>
        <translation>Errores en el formulario</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>In conflict: another copy holds %1. Keep one on the Sync conflicts page.</source>
        <translation>En conflicto: otra instalación tiene %1. Conserve uno en la página Conflictos de sincronización.</translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked below.</source>
        <translation>No guardado: corrija los campos marcados abajo.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>“Done” means 100 % progress. A progress update can set both.</source>
        <translation>«Terminada» significa un avance del 100 %. Un informe de avance puede fijar ambos.</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them?</source>
        <translation>«%1» tiene cambios sin guardar. ¿Guardarlos?</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 es obligatorio</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Relacionados</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Progress updates</source>
        <translation>Informes de avance</translation>
    </message>
    <message>
        <source>Actions on this record</source>
        <translation>Acciones sobre este registro</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>No eliminado</translation>
    </message>
    <message>
        <source>Record details</source>
        <translation>Detalles del registro</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo this.</source>
        <translation>¿Eliminar «%1»? Puede deshacerlo.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
</context>
<context>
    <name>RecordTableView</name>
    <message>
        <source>Show the columns that fit</source>
        <translation>Mostrar las columnas que caben</translation>
    </message>
</context>
<context>
    <name>RecordUndo</name>
    <message>
        <source>“%1” was not undone or redone: the record has changed since, by an import or a conflict resolution.</source>
        <translation>«%1» no se deshizo ni se rehízo: el registro ha cambiado desde entonces, por una importación o la resolución de un conflicto.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar: %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar: %1</translation>
    </message>
</context>
<context>
    <name>RecordValues</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>RefPicker</name>
    <message>
        <source>Type to search…</source>
        <translation>Escriba para buscar…</translation>
    </message>
    <message>
        <source>no record is called &apos;%1&apos;; pick one from the list</source>
        <translation>ningún registro se llama «%1»; elija uno de la lista</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <source>Related records</source>
        <translation>Registros relacionados</translation>
    </message>
    <message>
        <source>No other record refers to this one.</source>
        <translation>Ningún otro registro hace referencia a este.</translation>
    </message>
    <message>
        <source>Open this record</source>
        <translation>Abrir este registro</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>EC meeting pack</source>
        <translation>Dosier de la reunión del CE</translation>
    </message>
    <message>
        <source>Minutes of an EC meeting</source>
        <translation>Acta de una reunión del CE</translation>
    </message>
    <message>
        <source>Annual evaluation report</source>
        <translation>Informe de evaluación anual</translation>
    </message>
    <message>
        <source>Progress report to the General Assembly</source>
        <translation>Informe de progreso a la Asamblea General</translation>
    </message>
    <message>
        <source>Directory of organisations and contacts</source>
        <translation>Directorio de organizaciones y contactos</translation>
    </message>
    <message>
        <source>Directory of experts</source>
        <translation>Directorio de expertos</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Informe guardado</translation>
    </message>
    <message>
        <source>No program opened the PDF. It is saved as:
%1</source>
        <translation>Ningún programa abrió el PDF. Está guardado como:
%1</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Reunión:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Año:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>&amp;Tamaño de página:</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Archivo que se escribirá</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <source>Why the report was not made</source>
        <translation>Por qué no se creó el informe</translation>
    </message>
    <message>
        <source>&amp;Print to PDF</source>
        <translation>Im&amp;primir en PDF</translation>
    </message>
    <message>
        <source>There is nothing to print this report about yet.</source>
        <translation>Todavía no hay nada sobre lo que imprimir este informe.</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Guardar el informe como</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the file to save the report in.</source>
        <translation>Elija el archivo donde guardar el informe.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>Preparing “%1”…</source>
        <translation>Preparando «%1»…</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ya existe. ¿Reemplazarlo?</translation>
    </message>
</context>
<context>
    <name>ReportLauncher</name>
    <message>
        <source>No program opened the PDF; it is saved as %1</source>
        <translation>Ningún programa abrió el PDF; está guardado como %1</translation>
    </message>
</context>
<context>
    <name>ReportsMenu</name>
    <message>
        <source>&amp;Reports</source>
        <translation>Info&amp;rmes</translation>
    </message>
    <message>
        <source>EC &amp;meeting pack…</source>
        <translation>Dosier de la &amp;reunión del CE…</translation>
    </message>
    <message>
        <source>EC meeting mi&amp;nutes…</source>
        <translation>A&amp;cta de la reunión del CE…</translation>
    </message>
    <message>
        <source>&amp;Annual evaluation report…</source>
        <translation>Informe de evaluación &amp;anual…</translation>
    </message>
    <message>
        <source>&amp;Progress report to the General Assembly…</source>
        <translation>Informe de &amp;progreso a la Asamblea General…</translation>
    </message>
    <message>
        <source>Directory of &amp;organisations and contacts…</source>
        <translation>Directorio de &amp;organizaciones y contactos…</translation>
    </message>
    <message>
        <source>Directory of &amp;experts…</source>
        <translation>Directorio de &amp;expertos…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose a backup to bring this database back to. The current state is backed up first, so you can return to it the same way.</source>
        <translation>Elija la copia de seguridad a la que devolver esta base de datos. Antes se hace una copia del estado actual, para que pueda volver a él de la misma manera.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>In the backup</source>
        <translation>En la copia</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation>Contenido de la copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurar esta copia</translation>
    </message>
    <message>
        <source>There is no backup of this database yet.</source>
        <translation>Aún no hay ninguna copia de seguridad de esta base de datos.</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>antes de una importación</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>hecha manualmente</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <source>Backup of %1</source>
        <translation>Copia de seguridad del %1</translation>
    </message>
    <message>
        <source>Bring this database back to the backup of %1? The current state is backed up first.</source>
        <translation>¿Devolver esta base de datos a la copia de seguridad del %1? Antes se hace una copia del estado actual.</translation>
    </message>
    <message>
        <source>Restored the backup of %1; the state before it is kept as a backup too.</source>
        <translation>Copia de seguridad del %1 restaurada; el estado anterior también se conserva como copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>RestoreOfferBox</name>
    <message>
        <source>The database is damaged</source>
        <translation>La base de datos está dañada</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurar esta copia</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>IALI Desktop cannot open %1: the file is damaged.</source>
        <translation>IALI Desktop no puede abrir %1: el archivo está dañado.</translation>
    </message>
    <message>
        <source>The newest intact backup is from %1 (%2). Restore it? Changes made since then are lost here, unless colleagues hold them and send them again. The damaged file is kept beside the database.</source>
        <translation>La copia de seguridad intacta más reciente es del %1 (%2). ¿Restaurarla? Los cambios hechos desde entonces se pierden aquí, salvo que los colegas los tengan y los vuelvan a enviar. El archivo dañado se conserva junto a la base de datos.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search everything (%1)</source>
        <translation>Buscar en todo (%1)</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Buscar en todo</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Type words from a name, title or note.</source>
        <translation>Escriba palabras de un nombre, un título o una nota.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found</source>
        <translation>
            <numerusform>%n registro encontrado</numerusform>
            <numerusform>%n registros encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search every record…</source>
        <translation>Buscar en todos los registros…</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texto de búsqueda</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Huella de la clave</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>No particular region</source>
        <translation>Ninguna región en particular</translation>
    </message>
    <message>
        <source>This workspace</source>
        <translation>Este espacio de trabajo</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Huella de la clave:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Name on your changes:</source>
        <translation>&amp;Nombre en sus cambios:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gión:</translation>
    </message>
    <message>
        <source>Colleagues see this name on the changes from this copy; they check the fingerprint before trusting them.</source>
        <translation>Sus colegas ven este nombre en los cambios de esta instalación; comprueban la huella antes de confiar en ellos.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer una copia ahora</translation>
    </message>
    <message>
        <source>Open backups folder</source>
        <translation>Abrir la carpeta de copias</translation>
    </message>
    <message>
        <source>Delete backups holding erased data</source>
        <translation>Eliminar las copias que contienen datos borrados</translation>
    </message>
    <message>
        <source>Backups made before a person&apos;s data was erased still hold it</source>
        <translation>Las copias de seguridad hechas antes de borrar los datos de una persona aún los contienen</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Copias de seguridad:</translation>
    </message>
    <message>
        <source>&amp;Sync folder:</source>
        <translation>Carpeta de &amp;sincronización:</translation>
    </message>
    <message>
        <source>Largest attached file in a bundle</source>
        <translation>Archivo adjunto más grande en un paquete</translation>
    </message>
    <message>
        <source>Largest bundle</source>
        <translation>Paquete más grande</translation>
    </message>
    <message>
        <source>Attached files in bundles</source>
        <translation>Archivos adjuntos en los paquetes</translation>
    </message>
    <message>
        <source>Largest &amp;file:</source>
        <translation>&amp;Archivo más grande:</translation>
    </message>
    <message>
        <source>Largest b&amp;undle:</source>
        <translation>&amp;Paquete más grande:</translation>
    </message>
    <message>
        <source>Bundles with a larger file are refused on import, and such files are left out of the bundles you write.</source>
        <translation>Los paquetes con un archivo más grande se rechazan al importar, y esos archivos se excluyen de los paquetes que usted escribe.</translation>
    </message>
    <message>
        <source>may still hold erased personal data</source>
        <translation>pueden contener aún datos personales borrados</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Aún no hay copias de seguridad.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n archivo, %1</numerusform>
            <numerusform>%n archivos, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Older backups are thinned out to one a day, one a week and one a month.</source>
        <translation>Las copias más antiguas se reducen a una por día, una por semana y una por mes.</translation>
    </message>
    <message>
        <source>Delete backups</source>
        <translation>Eliminar las copias de seguridad</translation>
    </message>
    <message>
        <source>Delete every backup that still holds personal data erased since it was made? Backups you made yourself are deleted too.</source>
        <translation>¿Eliminar todas las copias de seguridad que aún contienen datos personales borrados después de hacerlas? También se eliminan las copias que hizo usted mismo.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo la copia…</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel (XLSX) file whose first line names the columns. A file exported from this table imports back as updates.</source>
        <translation>Elija un archivo CSV o Excel (XLSX) cuya primera línea nombre las columnas. Un archivo exportado desde esta tabla se vuelve a importar como actualizaciones.</translation>
    </message>
    <message>
        <source>Spreadsheet file</source>
        <translation>Archivo de hoja de cálculo</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Which field does each column fill?</source>
        <translation>¿Qué campo llena cada columna?</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Match existing records on:</source>
        <translation>Buscar registros existentes por:</translation>
    </message>
    <message>
        <source>Match existing records on</source>
        <translation>Buscar registros existentes por</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>&amp;Preview &gt;</source>
        <translation>&amp;Vista previa &gt;</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Importar una hoja de cálculo</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>Elija un archivo para importar.</translation>
    </message>
    <message>
        <source>%1 rows read.</source>
        <translation>%1 filas leídas.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>Identificador del registro</translation>
    </message>
    <message>
        <source>nothing: every row is a new record</source>
        <translation>nada: cada fila es un registro nuevo</translation>
    </message>
    <message>
        <source>Map at least one column to a field.</source>
        <translation>Asigne al menos una columna a un campo.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Comprobando el archivo…</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 unchanged</source>
        <translation>%1 por crear, %2 por actualizar, %3 sin cambios</translation>
    </message>
    <message>
        <source>%1 rows with errors: fix them in the file and preview again; nothing is imported while any row is in error.</source>
        <translation>%1 filas con errores: corríjalas en el archivo y vuelva a ver la vista previa; no se importa nada mientras alguna fila tenga errores.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Nothing was imported: records changed since the preview.</source>
        <translation>No se importó nada: algunos registros cambiaron desde la vista previa.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
</context>
<context>
    <name>StartChoiceDialog</name>
    <message>
        <source>Welcome to IALI Desktop</source>
        <translation>Bienvenido a IALI Desktop</translation>
    </message>
    <message>
        <source>Start with your own database, holding both action plans and nothing else, or first explore a workspace filled with fictional sample data. The sample data is kept in a separate file: it never mixes with your records and is never sent to colleagues. You can open either later from the File menu.</source>
        <translation>Empiece con su propia base de datos, que contiene los dos planes de acción y nada más, o explore primero un espacio de trabajo lleno de datos de ejemplo ficticios. Los datos de ejemplo se guardan en un archivo aparte: nunca se mezclan con sus registros y nunca se envían a colegas. Puede abrir cualquiera de los dos más tarde desde el menú Archivo.</translation>
    </message>
    <message>
        <source>Start with a &amp;clean database</source>
        <translation>Empezar con una base de datos &amp;limpia</translation>
    </message>
    <message>
        <source>&amp;Explore with sample data</source>
        <translation>&amp;Explorar los datos de ejemplo</translation>
    </message>
</context>
<context>
    <name>StartPlanCommand</name>
    <message>
        <source>Start plan %1</source>
        <translation>Iniciar el plan %1</translation>
    </message>
    <message>
        <source>The new plan was not undone: %1</source>
        <translation>El nuevo plan no se deshizo: %1</translation>
    </message>
</context>
<context>
    <name>SyncFolderField</name>
    <message>
        <source>none: bundles travel only when you export</source>
        <translation>ninguna: los paquetes solo viajan cuando usted exporta</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Carpeta de sincronización</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>A folder that Syncthing, a cloud drive or a network share keeps in step with colleagues: your changes are written there and theirs imported, by themselves. Never the folder of the database itself.</source>
        <translation>Una carpeta que Syncthing, una unidad en la nube o un recurso de red mantiene al día con sus colegas: sus cambios se escriben allí y los de ellos se importan, solos. Nunca la carpeta de la propia base de datos.</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Elegir la carpeta de sincronización</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <source>Import a bundle</source>
        <translation>Importar un paquete</translation>
    </message>
    <message>
        <source>IALI Desktop bundles (*.ialibundle)</source>
        <translation>Paquetes de IALI Desktop (*.ialibundle)</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronización</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Importar paquete…</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Exportar paquete…</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflictos</translation>
    </message>
    <message>
        <source>&amp;Colleagues</source>
        <translation>C&amp;olegas</translation>
    </message>
</context>
<context>
    <name>TaskUpdateDialog</name>
    <message>
        <source>Add progress update</source>
        <translation>Añadir un informe de avance</translation>
    </message>
    <message>
        <source>“Done” means 100 % progress.</source>
        <translation>«Terminada» significa un avance del 100 %.</translation>
    </message>
    <message>
        <source>Write what happened: the update text is required.</source>
        <translation>Describa lo ocurrido: el texto del informe es obligatorio.</translation>
    </message>
    <message>
        <source>The date is required.</source>
        <translation>La fecha es obligatoria.</translation>
    </message>
</context>
<context>
    <name>TaskUpdatesPanel</name>
    <message>
        <source>Progress updates</source>
        <translation>Informes de avance</translation>
    </message>
    <message>
        <source>No progress updates yet.</source>
        <translation>Aún no hay informes de avance.</translation>
    </message>
    <message>
        <source>&amp;Add update…</source>
        <translation>&amp;Añadir informe…</translation>
    </message>
</context>
<context>
    <name>TypedDate</name>
    <message>
        <source>Write the year with four digits (“%1” could be 19%2 or 20%2)</source>
        <translation>Escriba el año con cuatro cifras («%1» podría ser 19%2 o 20%2)</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as %2</source>
        <translation>«%1» no es una fecha; escríbala como %2</translation>
    </message>
    <message>
        <source>There is no such day as “%1”</source>
        <translation>No existe el día «%1»</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>IALI Desktop user guide</source>
        <translation>Guía del usuario de IALI Desktop</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>The offline workspace of the IALI Executive Committee.</source>
        <translation>El espacio de trabajo sin conexión del Comité Ejecutivo de la IALI.</translation>
    </message>
    <message>
        <source>Licence: MIT</source>
        <translation>Licencia: MIT</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Carpeta de registros:</translation>
    </message>
    <message>
        <source>About IALI Desktop</source>
        <translation>Acerca de IALI Desktop</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>This database is read-only here (%1): you can read it but not change it.</source>
        <translation>Esta base de datos es de solo lectura aquí (%1): puede leerla pero no modificarla.</translation>
    </message>
    <message>
        <source>This database is open in another IALI Desktop window that does not answer; close it and try again.</source>
        <translation>Esta base está abierta en otra ventana de IALI Desktop que no responde; ciérrela e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Logrado</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Acción pendiente</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptado</translation>
    </message>
    <message>
        <source>Any other business</source>
        <translation>Asuntos varios</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Excusado</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Technical assistance</source>
        <translation>Asistencia técnica</translation>
    </message>
    <message>
        <source>Assistance criteria</source>
        <translation>Criterios de asistencia</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Assistance requests awaiting decision</source>
        <translation>Solicitudes de asistencia pendientes de decisión</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>Trasladado</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Co-organiser</source>
        <translation>Coorganizador</translation>
    </message>
    <message>
        <source>Code of practice</source>
        <translation>Código de prácticas</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferencia</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Congress and General Assembly</source>
        <translation>Congreso y Asamblea General</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Cooperation agreement</source>
        <translation>Acuerdo de cooperación</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Aplazada</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegado</translation>
    </message>
    <message>
        <source>Delisted</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>EC meeting</source>
        <translation>Reunión del CE</translation>
    </message>
    <message>
        <source>EC member</source>
        <translation>Miembro del CE</translation>
    </message>
    <message>
        <source>Election or appointment</source>
        <translation>Elección o nombramiento</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Employer or worker body</source>
        <translation>Organización de empleadores o de trabajadores</translation>
    </message>
    <message>
        <source>Events and calendar</source>
        <translation>Eventos y calendario</translation>
    </message>
    <message>
        <source>Events calendar</source>
        <translation>Calendario de eventos</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Experto</translation>
    </message>
    <message>
        <source>Experts listed and delisted</source>
        <translation>Expertos inscritos y dados de baja</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Expertos</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Finance, membership and dues</source>
        <translation>Finanzas, afiliación y cuotas</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financiación</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Celebrado</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>IALI conference</source>
        <translation>Conferencia de la IALI</translation>
    </message>
    <message>
        <source>IBOR stages</source>
        <translation>Etapas IBOR</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>International</source>
        <translation>Internacional</translation>
    </message>
    <message>
        <source>International body</source>
        <translation>Organismo internacional</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>Carta de intención</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Limitada</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>Lobby group or NGO</source>
        <translation>Grupo de presión u ONG</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Members and dues</source>
        <translation>Miembros y cuotas</translation>
    </message>
    <message>
        <source>Membership categories</source>
        <translation>Categorías de miembros</translation>
    </message>
    <message>
        <source>MOU</source>
        <translation>Memorando de entendimiento</translation>
    </message>
    <message>
        <source>MOU register</source>
        <translation>Registro de memorandos de entendimiento</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Nacional</translation>
    </message>
    <message>
        <source>National inspectorate</source>
        <translation>Inspección nacional</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>En negociación</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Boletín</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>No logrado</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>No iniciado</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Ongoing activity</source>
        <translation>Actividad permanente</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Actions carried forward</source>
        <translation>Acciones trasladadas</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Panellist</source>
        <translation>Panelista</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Partly achieved</source>
        <translation>Parcialmente logrado</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Asociación</translation>
    </message>
    <message>
        <source>Partnerships and agreements</source>
        <translation>Asociaciones y acuerdos</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Action plan status</source>
        <translation>Estado del plan de acción</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Aplazado</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>President</source>
        <translation>Presidente</translation>
    </message>
    <message>
        <source>Previous minutes and matters arising</source>
        <translation>Acta anterior y asuntos derivados</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Regional</translation>
    </message>
    <message>
        <source>Regional alliance</source>
        <translation>Alianza regional</translation>
    </message>
    <message>
        <source>Regional conference</source>
        <translation>Conferencia regional</translation>
    </message>
    <message>
        <source>Regional reports</source>
        <translation>Informes regionales</translation>
    </message>
    <message>
        <source>Regional representative</source>
        <translation>Representante regional</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation>Dado de baja voluntaria</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretaría</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Skill categories</source>
        <translation>Categorías de competencias</translation>
    </message>
    <message>
        <source>Social partners</source>
        <translation>Interlocutores sociales</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Specific task</source>
        <translation>Tarea específica</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Patrocinador</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Rescindido</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Seminario web</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>World congress</source>
        <translation>Congreso mundial</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong and the action was not finished. Details are in the log folder: %1</source>
        <translation>Algo salió mal y la acción no se completó. Los detalles están en la carpeta de registros: %1</translation>
    </message>
    <message>
        <source>IALI Desktop</source>
        <translation>IALI Desktop</translation>
    </message>
</context>
<context>
    <name>field_help</name>
    <message>
        <source>HH:MM, the time the first agenda item starts (09:00 when empty)</source>
        <translation>HH:MM, la hora en que empieza el primer punto del orden del día (09:00 si está vacío)</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Año de inicio</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>Año de fin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Propuesto por</translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation>Propuesto el</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Areas of engagement for members</source>
        <translation>Ámbitos de participación de los miembros</translation>
    </message>
    <message>
        <source>Action area</source>
        <translation>Área de acción</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Related areas</source>
        <translation>Áreas relacionadas</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Progress %</source>
        <translation>Avance %</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Established by IALI</source>
        <translation>Creada por la IALI</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Sphere of influence</source>
        <translation>Esfera de influencia</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Representante</translation>
    </message>
    <message>
        <source>Alliance</source>
        <translation>Alianza</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Seguimiento previsto el</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmado el</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Revisión prevista el</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Document reference</source>
        <translation>Referencia del documento</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation>Precisión de la fecha</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Virtual</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Anfitrión</translation>
    </message>
    <message>
        <source>IALI role</source>
        <translation>Función de la IALI</translation>
    </message>
    <message>
        <source>Linked tasks</source>
        <translation>Tareas vinculadas</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>EC meeting</source>
        <translation>Reunión del CE</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <source>Minutes allotted</source>
        <translation>Minutos asignados</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>Papers in the pack</source>
        <translation>Documentos del dosier</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>Linked assistance requests</source>
        <translation>Solicitudes de asistencia vinculadas</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punto del orden del día</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Afiliación</translation>
    </message>
    <message>
        <source>Global Code of Integrity adopted</source>
        <translation>Código Mundial de Integridad adoptado</translation>
    </message>
    <message>
        <source>Common Principles adopted</source>
        <translation>Principios Comunes adoptados</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Pagado el</translation>
    </message>
    <message>
        <source>Skill categories</source>
        <translation>Categorías de competencias</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>Listing changed on</source>
        <translation>Inscripción modificada el</translation>
    </message>
    <message>
        <source>Listing reason</source>
        <translation>Motivo de la inscripción</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida el</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decidida el</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Respondida el</translation>
    </message>
    <message>
        <source>EC decision</source>
        <translation>Decisión del CE</translation>
    </message>
    <message>
        <source>Assigned experts</source>
        <translation>Expertos asignados</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Score (0-5)</source>
        <translation>Puntuación (0-5)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observación</translation>
    </message>
    <message>
        <source>Inspectorate</source>
        <translation>Inspección</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada el</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminada el</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>Evaluadores</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Tipo de medio</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Tamaño (bytes)</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Añadido por</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Añadido el</translation>
    </message>
    <message>
        <source>Minutes status</source>
        <translation>Estado del acta</translation>
    </message>
    <message>
        <source>Minutes approved at</source>
        <translation>Acta aprobada en</translation>
    </message>
    <message>
        <source>Minutes approved on</source>
        <translation>Acta aprobada el</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Task in the plan</source>
        <translation>Tarea del plan</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Alliances and organisations</source>
        <translation>Alianzas y organizaciones</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Registro de contactos</translation>
    </message>
    <message>
        <source>Agreements (MOU register)</source>
        <translation>Registro de acuerdos</translation>
    </message>
    <message>
        <source>Events and conferences</source>
        <translation>Eventos y conferencias</translation>
    </message>
    <message>
        <source>EC meetings</source>
        <translation>Reuniones del CE</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Expertos</translation>
    </message>
    <message>
        <source>Assistance requests</source>
        <translation>Solicitudes de asistencia</translation>
    </message>
    <message>
        <source>IBOR</source>
        <translation>IBOR</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflictos de sincronización</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Colegas</translation>
    </message>
</context>
<context>
    <name>record_phrases</name>
    <message>
        <source>New action plan</source>
        <translation>Nuevo plan de acción</translation>
    </message>
    <message>
        <source>New action area</source>
        <translation>Nueva área de acción</translation>
    </message>
    <message>
        <source>New key outcome</source>
        <translation>Nuevo resultado clave</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <source>New progress update</source>
        <translation>Nuevo informe de avance</translation>
    </message>
    <message>
        <source>New region</source>
        <translation>Nueva región</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nueva organización</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>New representative assignment</source>
        <translation>Nueva asignación de representante</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Nuevo acuerdo</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nuevo participante</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Nuevo punto del orden del día</translation>
    </message>
    <message>
        <source>New decision or action item</source>
        <translation>Nueva decisión o acción pendiente</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Nuevo miembro</translation>
    </message>
    <message>
        <source>New dues payment</source>
        <translation>Nueva cuota</translation>
    </message>
    <message>
        <source>New expert</source>
        <translation>Nuevo experto</translation>
    </message>
    <message>
        <source>New assistance request</source>
        <translation>Nueva solicitud de asistencia</translation>
    </message>
    <message>
        <source>New criterion assessment</source>
        <translation>Nueva evaluación de un criterio</translation>
    </message>
    <message>
        <source>New IBOR assessment</source>
        <translation>Nueva evaluación IBOR</translation>
    </message>
    <message>
        <source>New publication</source>
        <translation>Nueva publicación</translation>
    </message>
    <message>
        <source>New list entry</source>
        <translation>Nueva entrada de lista</translation>
    </message>
    <message>
        <source>New attachment</source>
        <translation>Nuevo archivo adjunto</translation>
    </message>
    <message>
        <source>Delete action plan</source>
        <translation>Eliminar el plan de acción</translation>
    </message>
    <message>
        <source>Delete action area</source>
        <translation>Eliminar el área de acción</translation>
    </message>
    <message>
        <source>Delete key outcome</source>
        <translation>Eliminar el resultado clave</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Eliminar la tarea</translation>
    </message>
    <message>
        <source>Delete progress update</source>
        <translation>Eliminar el informe de avance</translation>
    </message>
    <message>
        <source>Delete region</source>
        <translation>Eliminar la región</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Eliminar la organización</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Eliminar la persona</translation>
    </message>
    <message>
        <source>Delete representative assignment</source>
        <translation>Eliminar la asignación de representante</translation>
    </message>
    <message>
        <source>Delete engagement</source>
        <translation>Eliminar el contacto</translation>
    </message>
    <message>
        <source>Delete agreement</source>
        <translation>Eliminar el acuerdo</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Eliminar el evento</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>Eliminar el participante</translation>
    </message>
    <message>
        <source>Delete agenda item</source>
        <translation>Eliminar el punto del orden del día</translation>
    </message>
    <message>
        <source>Delete decision or action item</source>
        <translation>Eliminar la decisión o acción pendiente</translation>
    </message>
    <message>
        <source>Delete member</source>
        <translation>Eliminar el miembro</translation>
    </message>
    <message>
        <source>Delete dues payment</source>
        <translation>Eliminar la cuota</translation>
    </message>
    <message>
        <source>Delete expert</source>
        <translation>Eliminar el experto</translation>
    </message>
    <message>
        <source>Delete assistance request</source>
        <translation>Eliminar la solicitud de asistencia</translation>
    </message>
    <message>
        <source>Delete criterion assessment</source>
        <translation>Eliminar la evaluación del criterio</translation>
    </message>
    <message>
        <source>Delete IBOR assessment</source>
        <translation>Eliminar la evaluación IBOR</translation>
    </message>
    <message>
        <source>Delete publication</source>
        <translation>Eliminar la publicación</translation>
    </message>
    <message>
        <source>Delete list entry</source>
        <translation>Eliminar la entrada de lista</translation>
    </message>
    <message>
        <source>Delete attachment</source>
        <translation>Eliminar el archivo adjunto</translation>
    </message>
    <message>
        <source>Search tasks…</source>
        <translation>Buscar tareas…</translation>
    </message>
    <message>
        <source>Search organisations…</source>
        <translation>Buscar organizaciones…</translation>
    </message>
    <message>
        <source>Search people…</source>
        <translation>Buscar personas…</translation>
    </message>
    <message>
        <source>Search engagements…</source>
        <translation>Buscar en el registro de contactos…</translation>
    </message>
    <message>
        <source>Search MOU register…</source>
        <translation>Buscar en el registro de acuerdos…</translation>
    </message>
    <message>
        <source>Search events…</source>
        <translation>Buscar eventos…</translation>
    </message>
    <message>
        <source>Search members…</source>
        <translation>Buscar miembros…</translation>
    </message>
    <message>
        <source>Search experts…</source>
        <translation>Buscar expertos…</translation>
    </message>
    <message>
        <source>Search assistance requests…</source>
        <translation>Buscar solicitudes de asistencia…</translation>
    </message>
    <message>
        <source>Search IBOR assessments…</source>
        <translation>Buscar evaluaciones IBOR…</translation>
    </message>
    <message>
        <source>Search publications…</source>
        <translation>Buscar publicaciones…</translation>
    </message>
    <message>
        <source>Search regions…</source>
        <translation>Buscar regiones…</translation>
    </message>
    <message>
        <source>Search list entries…</source>
        <translation>Buscar entradas de lista…</translation>
    </message>
    <message>
        <source>Import tasks</source>
        <translation>Importar tareas</translation>
    </message>
    <message>
        <source>Import organisations</source>
        <translation>Importar organizaciones</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Importar personas</translation>
    </message>
    <message>
        <source>Import engagements</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Import agreements</source>
        <translation>Importar acuerdos</translation>
    </message>
    <message>
        <source>Import events</source>
        <translation>Importar eventos</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>Importar miembros</translation>
    </message>
    <message>
        <source>Import experts</source>
        <translation>Importar expertos</translation>
    </message>
    <message>
        <source>Import assistance requests</source>
        <translation>Importar solicitudes de asistencia</translation>
    </message>
    <message>
        <source>Import IBOR assessments</source>
        <translation>Importar evaluaciones IBOR</translation>
    </message>
    <message>
        <source>Import publications</source>
        <translation>Importar publicaciones</translation>
    </message>
    <message>
        <source>Import regions</source>
        <translation>Importar regiones</translation>
    </message>
    <message>
        <source>Import list entries</source>
        <translation>Importar entradas de lista</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Añadir un punto al orden del día</translation>
    </message>
    <message>
        <source>Add decision or action item</source>
        <translation>Añadir una decisión o acción pendiente</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Añadir un participante</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>Quitar el punto del orden del día</translation>
    </message>
    <message>
        <source>Remove decision or action item</source>
        <translation>Quitar la decisión o acción pendiente</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Quitar el participante</translation>
    </message>
    <message>
        <source>Reorder agenda items</source>
        <translation>Reordenar los puntos del orden del día</translation>
    </message>
    <message>
        <source>Reorder decisions and action items</source>
        <translation>Reordenar las decisiones y acciones pendientes</translation>
    </message>
    <message>
        <source>Reorder participants</source>
        <translation>Reordenar los participantes</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Nuevo registro</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Eliminar el registro</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>Import records</source>
        <translation>Importar registros</translation>
    </message>
    <message>
        <source>Add record</source>
        <translation>Añadir un registro</translation>
    </message>
    <message>
        <source>Remove record</source>
        <translation>Quitar el registro</translation>
    </message>
    <message>
        <source>Reorder records</source>
        <translation>Reordenar los registros</translation>
    </message>
</context>
<context>
    <name>record_types</name>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Planes de acción</translation>
    </message>
    <message>
        <source>Action area</source>
        <translation>Área de acción</translation>
    </message>
    <message>
        <source>Action areas</source>
        <translation>Áreas de acción</translation>
    </message>
    <message>
        <source>Key outcome</source>
        <translation>Resultado clave</translation>
    </message>
    <message>
        <source>Key outcomes</source>
        <translation>Resultados clave</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Progress update</source>
        <translation>Informe de avance</translation>
    </message>
    <message>
        <source>Progress updates</source>
        <translation>Informes de avance</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Representative assignment</source>
        <translation>Asignación de representante</translation>
    </message>
    <message>
        <source>Representative assignments</source>
        <translation>Asignaciones de representantes</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Registro de contactos</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Agreements (MOU register)</source>
        <translation>Registro de acuerdos</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punto del orden del día</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Puntos del orden del día</translation>
    </message>
    <message>
        <source>Decision or action item</source>
        <translation>Decisión o acción pendiente</translation>
    </message>
    <message>
        <source>Decisions and action items</source>
        <translation>Decisiones y acciones pendientes</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Dues</source>
        <translation>Cuotas</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Experto</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Expertos</translation>
    </message>
    <message>
        <source>Assistance request</source>
        <translation>Solicitud de asistencia</translation>
    </message>
    <message>
        <source>Assistance requests</source>
        <translation>Solicitudes de asistencia</translation>
    </message>
    <message>
        <source>Criterion assessment</source>
        <translation>Evaluación de un criterio</translation>
    </message>
    <message>
        <source>Criterion assessments</source>
        <translation>Evaluaciones de criterios</translation>
    </message>
    <message>
        <source>IBOR assessment</source>
        <translation>Evaluación IBOR</translation>
    </message>
    <message>
        <source>IBOR assessments</source>
        <translation>Evaluaciones IBOR</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <source>List entry</source>
        <translation>Entrada de lista</translation>
    </message>
    <message>
        <source>List entries</source>
        <translation>Entradas de lista</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Archivo adjunto</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Archivos adjuntos</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Licence: {licence}. Fonts: Noto, {fonts}.</source>
        <translation>Лицензия: {licence}. Шрифты: Noto, {fonts}.</translation>
    </message>
    <message>
        <source>About Briefing</source>
        <translation>О программе Briefing</translation>
    </message>
    <message>
        <source>Briefing icon</source>
        <translation>Значок Briefing</translation>
    </message>
    <message>
        <source>Briefing turns visit records into formatted briefings in PDF and Word (DOCX).</source>
        <translation>Briefing превращает записи о визитах в оформленные справки в форматах PDF и Word (DOCX).</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;guide&quot;&gt;Open the user guide&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;guide&quot;&gt;Открыть руководство пользователя&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Open the user guide</source>
        <translation>Открыть руководство пользователя</translation>
    </message>
</context>
<context>
    <name>Binder</name>
    <message>
        <source>Imported from the article: check it, then edit it or confirm all imported fields.</source>
        <translation>Импортировано из статьи: проверьте, затем исправьте или подтвердите все импортированные поля.</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <comment>undo step</comment>
        <translation>изменение поля «{field}»</translation>
    </message>
</context>
<context>
    <name>ClassificationScheme</name>
    <message>
        <source>none (no markings)</source>
        <translation>нет (без грифа)</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>собственная</translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <comment>undo step</comment>
        <translation>восстановление несохранённой работы</translation>
    </message>
    <message>
        <source>Import article</source>
        <comment>undo step</comment>
        <translation>импорт статьи</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>undo step</comment>
        <translation>изменение</translation>
    </message>
    <message>
        <source>Confirm imported fields</source>
        <comment>undo step</comment>
        <translation>подтверждение импортированных полей</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Выберите хотя бы один формат.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation>Записан файл {file}</translation>
    </message>
    <message>
        <source>Exported:</source>
        <translation>Экспортировано:</translation>
    </message>
    <message>
        <source>Export failed unexpectedly: {error}</source>
        <translation>Экспорт неожиданно завершился ошибкой: {error}</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Заменить файлы?</translation>
    </message>
    <message>
        <source>These files are already in {folder}:
{names}
Replace them?</source>
        <translation>Эти файлы уже есть в папке {folder}:
{names}
Заменить их?</translation>
    </message>
    <message>
        <source>Full edition</source>
        <translation>Полная редакция</translation>
    </message>
    <message>
        <source>Releasable at {level}</source>
        <translation>Редакция для уровня {level}</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Экспортировать в</translation>
    </message>
    <message>
        <source>Export briefing</source>
        <translation>Экспорт справки</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Template description</source>
        <translation>Описание шаблона</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Форматы</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>Word (DOCX)</source>
        <translation>Word (DOCX)</translation>
    </message>
    <message>
        <source>Export DOCX</source>
        <translation>Экспорт в DOCX</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Edition: full, or releasable at a level</source>
        <translation>Редакция: полная или для определённого уровня</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Папка назначения</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Choose destination folder</source>
        <translation>Выбрать папку назначения</translation>
    </message>
    <message>
        <source>The record has problems; click one to go to the field:</source>
        <translation>В записи есть ошибки; щёлкните по ошибке, чтобы перейти к полю:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Ход экспорта</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Состояние экспорта</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Открыть файл</translation>
    </message>
    <message>
        <source>Open the exported file</source>
        <translation>Открыть экспортированный файл</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Open the destination folder</source>
        <translation>Открыть папку назначения</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and replace</source>
        <translation>Найти и заменить</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Заменить на</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Учитывать регистр</translation>
    </message>
    <message>
        <source>Find status</source>
        <translation>Результат поиска</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Найти &amp;далее</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Заменить</translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation>Заменить &amp;все</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>За&amp;менить на:</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Не найдено.</translation>
    </message>
    <message>
        <source>{position} of {count}: {field}</source>
        <translation>{position} из {count}: {field}</translation>
    </message>
    <message>
        <source>Replace</source>
        <comment>undo step</comment>
        <translation>замена</translation>
    </message>
    <message>
        <source>Replace all “{text}”</source>
        <comment>undo step</comment>
        <translation>замена всех вхождений «{text}»</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n.</source>
        <translation>
            <numerusform>Выполнена %n замена.</numerusform>
            <numerusform>Выполнено %n замены.</numerusform>
            <numerusform>Выполнено %n замен.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <source>open</source>
        <translation>не начато</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>в работе</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>{name} — user guide</source>
        <translation>{name} — руководство пользователя</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Create draft</source>
        <translation>Создать черновик</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Все файлы</translation>
    </message>
    <message>
        <source>Open an article</source>
        <translation>Открыть статью</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>Не удаётся прочитать {name}: {reason}</translation>
    </message>
    <message>
        <source>{name}: too large to import: over {megabytes} MB</source>
        <translation>{name}: слишком большой для импорта: более {megabytes} МБ</translation>
    </message>
    <message>
        <source>{name}: too long to import: {length} characters of text, at most {limit}; import the part about the visit</source>
        <translation>{name}: слишком длинный для импорта: {length} символов текста, не более {limit}; импортируйте часть о визите</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>вставленный текст</translation>
    </message>
    <message>
        <source>Paste an article or open a file first.</source>
        <translation>Сначала вставьте статью или откройте файл.</translation>
    </message>
    <message>
        <source>article</source>
        <translation>статья</translation>
    </message>
    <message>
        <source>New visit from an article</source>
        <translation>Новый визит по статье</translation>
    </message>
    <message>
        <source>Paste a news article or press release about a visit (plain text or HTML), or open a file. The draft&apos;s imported fields are tinted until you check them.</source>
        <translation>Вставьте новостную статью или пресс-релиз о визите (обычный текст или HTML) либо откройте файл. Импортированные поля черновика подсвечиваются, пока вы их не проверите.</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Текст статьи</translation>
    </message>
    <message>
        <source>Paste the article here</source>
        <translation>Вставьте статью сюда</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Открыть файл…</translation>
    </message>
    <message>
        <source>Read the article from a text or HTML file</source>
        <translation>Прочитать статью из текстового или HTML-файла</translation>
    </message>
    <message>
        <source>Open an article file</source>
        <translation>Открыть файл статьи</translation>
    </message>
    <message>
        <source>Article source</source>
        <translation>Источник статьи</translation>
    </message>
    <message>
        <source>Import message</source>
        <translation>Сообщение об импорте</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Visit records</source>
        <translation>Записи о визитах</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Все файлы</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Новая встреча</translation>
    </message>
    <message>
        <source>Problems in the record</source>
        <translation>Ошибки в записи</translation>
    </message>
    <message>
        <source>Imported fields to review</source>
        <translation>Импортированные поля для проверки</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Find and &amp;replace…</source>
        <translation>Найти и &amp;заменить…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Повторить {step}</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Отменить {step}</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported field(s) to review</source>
        <translation>
            <numerusform>%n импортированное поле для проверки</numerusform>
            <numerusform>%n импортированных поля для проверки</numerusform>
            <numerusform>%n импортированных полей для проверки</numerusform>
        </translation>
    </message>
    <message>
        <source>Add meeting</source>
        <translation>Добавить встречу</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (копия)</translation>
    </message>
    <message>
        <source>Duplicate meeting</source>
        <translation>Дублировать встречу</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Удалить встречу</translation>
    </message>
    <message>
        <source>No spelling dictionary for &apos;{language}&apos;: spelling is not checked (Help › User guide says how to add one).</source>
        <translation>Нет словаря для проверки орфографии на языке «{language}»: орфография не проверяется (как добавить словарь — см. Справка › Руководство пользователя).</translation>
    </message>
    <message>
        <source>check the visitor</source>
        <translation>проверьте гостя</translation>
    </message>
    <message>
        <source>Check the visitor: the article may point to {name}.</source>
        <translation>Проверьте гостя: статья может указывать на {name}.</translation>
    </message>
    <message>
        <source>Add meeting</source>
        <comment>undo step</comment>
        <translation>добавление встречи</translation>
    </message>
    <message>
        <source>Duplicate meeting</source>
        <comment>undo step</comment>
        <translation>дублирование встречи</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <comment>undo step</comment>
        <translation>удаление встречи</translation>
    </message>
    <message>
        <source>Move meeting</source>
        <comment>undo step</comment>
        <translation>перемещение встречи</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save the changes to {name}?</source>
        <translation>Сохранить изменения в {name}?</translation>
    </message>
    <message numerus="yes">
        <source>Draft from the article: %n imported field(s) to review</source>
        <translation>
            <numerusform>Черновик по статье: %n импортированное поле для проверки</numerusform>
            <numerusform>Черновик по статье: %n импортированных поля для проверки</numerusform>
            <numerusform>Черновик по статье: %n импортированных полей для проверки</numerusform>
        </translation>
    </message>
    <message>
        <source>Open visit record</source>
        <translation>Открыть запись о визите</translation>
    </message>
    <message>
        <source>Cannot open the record</source>
        <translation>Не удаётся открыть запись</translation>
    </message>
    <message>
        <source>Save visit record</source>
        <translation>Сохранить запись о визите</translation>
    </message>
    <message>
        <source>Replace the record?</source>
        <translation>Заменить запись?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it? (The file it holds now is kept as a .bak copy.)</source>
        <translation>{name} уже есть в папке {folder}. Заменить? (Текущий файл сохранится как копия .bak.)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Не удаётся сохранить</translation>
    </message>
    <message numerus="yes">
        <source>Saved {path} with %n problem(s) to fix</source>
        <translation>
            <numerusform>Сохранено: {path}; %n ошибка требует исправления</numerusform>
            <numerusform>Сохранено: {path}; %n ошибки требуют исправления</numerusform>
            <numerusform>Сохранено: {path}; %n ошибок требуют исправления</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Не удаётся напечатать</translation>
    </message>
    <message>
        <source>Print the {template} brief</source>
        <translation>Печать справки по шаблону {template}</translation>
    </message>
    <message>
        <source>The interface language changes when Briefing is restarted.</source>
        <translation>Язык интерфейса изменится после перезапуска Briefing.</translation>
    </message>
    <message>
        <source>Briefing documents from visit records</source>
        <translation>Справки на основе записей о визитах</translation>
    </message>
    <message>
        <source>Open the sample visit</source>
        <translation>Открыть пример визита</translation>
    </message>
    <message>
        <source>Open the bundled sample record</source>
        <translation>Открыть пример записи из комплекта</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Новый визит</translation>
    </message>
    <message>
        <source>Start a new visit record</source>
        <translation>Создать новую запись о визите</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <source>Open a visit record</source>
        <translation>Открыть запись о визите</translation>
    </message>
    <message>
        <source>Open a record</source>
        <translation>Открыть запись</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Недавние файлы</translation>
    </message>
    <message>
        <source>Visit and document</source>
        <translation>Визит и документ</translation>
    </message>
    <message>
        <source>Visit and document details</source>
        <translation>Сведения о визите и документе</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add a meeting after the selected one (Ctrl+M)</source>
        <translation>Добавить встречу после выбранной (Ctrl+M)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <source>Duplicate the selected meeting</source>
        <translation>Дублировать выбранную встречу</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the selected meeting (Delete)</source>
        <translation>Удалить выбранную встречу (Delete)</translation>
    </message>
    <message>
        <source>Move the selected meeting up (Ctrl+Up)</source>
        <translation>Переместить выбранную встречу вверх (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move meeting up</source>
        <translation>Переместить встречу вверх</translation>
    </message>
    <message>
        <source>Move the selected meeting down (Ctrl+Down)</source>
        <translation>Переместить выбранную встречу вниз (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Move meeting down</source>
        <translation>Переместить встречу вниз</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Редактор</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Н&amp;едавние файлы</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;New visit</source>
        <translation>&amp;Новый визит</translation>
    </message>
    <message>
        <source>New from &amp;article…</source>
        <translation>Создать по &amp;статье…</translation>
    </message>
    <message>
        <source>Draft a visit record from a news article or press release</source>
        <translation>Подготовить черновик записи о визите по новостной статье или пресс-релизу</translation>
    </message>
    <message>
        <source>&amp;Confirm all imported fields</source>
        <translation>Подтвердить все &amp;импортированные поля</translation>
    </message>
    <message>
        <source>Mark every field imported from the article as checked</source>
        <translation>Отметить все поля, импортированные из статьи, как проверенные</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open the &amp;sample visit</source>
        <translation>Открыть &amp;пример визита</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Add meeting</source>
        <translation>&amp;Добавить встречу</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;About Briefing</source>
        <translation>&amp;О программе Briefing</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>meeting title</source>
        <translation>название встречи</translation>
    </message>
    <message>
        <source>meeting id</source>
        <translation>идентификатор встречи</translation>
    </message>
    <message>
        <source>kind of meeting</source>
        <translation>вид встречи</translation>
    </message>
    <message>
        <source>meeting date</source>
        <translation>дата встречи</translation>
    </message>
    <message>
        <source>outside the visit dates</source>
        <translation>вне сроков визита</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>время начала</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>время окончания</translation>
    </message>
    <message>
        <source>location</source>
        <translation>место проведения</translation>
    </message>
    <message>
        <source>press</source>
        <translation>доступ прессы</translation>
    </message>
    <message>
        <source>marking</source>
        <translation>гриф</translation>
    </message>
    <message>
        <source>New counterpart</source>
        <translation>Новый собеседник</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>Собеседники</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Новая тема</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Outcome (Markdown)</source>
        <translation>Итог (Markdown)</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Гриф</translation>
    </message>
    <message>
        <source>New outcome</source>
        <translation>Новый итог</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Новое действие</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Дальнейшие действия</translation>
    </message>
    <message>
        <source>(document level)</source>
        <translation>(уровень документа)</translation>
    </message>
    <message>
        <source>Edit sources</source>
        <comment>undo step</comment>
        <translation>изменение источников</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Meeting title</source>
        <translation>Название встречи</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Meeting id</source>
        <translation>Идентификатор встречи</translation>
    </message>
    <message>
        <source>letters, digits, - and _</source>
        <translation>буквы, цифры, - и _</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Вид встречи</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Дата встречи</translation>
    </message>
    <message>
        <source>The date lies outside the visit on purpose</source>
        <translation>Дата намеренно выходит за сроки визита</translation>
    </message>
    <message>
        <source>Outside the visit dates</source>
        <translation>Вне сроков визита</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Время начала</translation>
    </message>
    <message>
        <source>00:00 means no time is set</source>
        <translation>00:00 — время не задано</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Время окончания</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Пресса</translation>
    </message>
    <message>
        <source>Meeting classification</source>
        <translation>Гриф встречи</translation>
    </message>
    <message>
        <source>Summary of discussion</source>
        <translation>Краткое содержание беседы</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <source>Counterparts and topics</source>
        <translation>Собеседники и темы</translation>
    </message>
    <message>
        <source>Outcomes and follow-up</source>
        <translation>Итоги и дальнейшие действия</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Дальнейшие действия</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <source>Consultations</source>
        <translation>Консультации</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>Двусторонняя встреча</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Телефонный разговор</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Посещение</translation>
    </message>
    <message>
        <source>Round-table</source>
        <translation>Круглый стол</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>no location</source>
        <translation>место не указано</translation>
    </message>
    <message>
        <source>Move meeting</source>
        <comment>undo step</comment>
        <translation>перемещение встречи</translation>
    </message>
</context>
<context>
    <name>PersonColumns</name>
    <message>
        <source>Name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>В оригинальном написании</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Pronunciation</source>
        <translation>Произношение</translation>
    </message>
    <message>
        <source>Biography (Markdown)</source>
        <translation>Биография (Markdown)</translation>
    </message>
</context>
<context>
    <name>PhotosEditor</name>
    <message>
        <source>Image (relative to the record)</source>
        <translation>Изображение (путь относительно записи)</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Автор снимка</translation>
    </message>
    <message>
        <source>Alt text (what it shows)</source>
        <translation>Альтернативный текст (что изображено)</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Гриф</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Фотографии</translation>
    </message>
    <message>
        <source>Add images…</source>
        <translation>Добавить изображения…</translation>
    </message>
    <message>
        <source>Add photographs from image files (or drop the files here)</source>
        <translation>Добавить фотографии из файлов изображений (или перетащите файлы сюда)</translation>
    </message>
    <message>
        <source>Add photographs from image files</source>
        <translation>Добавить фотографии из файлов изображений</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Изображения</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Все файлы</translation>
    </message>
    <message>
        <source>Add photographs</source>
        <translation>Добавить фотографии</translation>
    </message>
    <message>
        <source>Add photograph</source>
        <comment>undo step</comment>
        <translation>добавление фотографии</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <source>Briefing speaks the chosen language from its next start.</source>
        <translation>Briefing перейдёт на выбранный язык при следующем запуске.</translation>
    </message>
</context>
<context>
    <name>Press</name>
    <message>
        <source>Open</source>
        <translation>С участием прессы</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Без участия прессы</translation>
    </message>
</context>
<context>
    <name>PreviewDock</name>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Preview template</source>
        <translation>Шаблон предпросмотра</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Состояние предпросмотра</translation>
    </message>
    <message>
        <source>Preview of the PDF</source>
        <translation>Предпросмотр PDF</translation>
    </message>
    <message>
        <source>Preview problems</source>
        <translation>Ошибки предпросмотра</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Обновление…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview cannot be built:</source>
        <translation>Не удаётся построить предпросмотр:</translation>
    </message>
    <message>
        <source>The preview failed unexpectedly: {error}</source>
        <translation>Предпросмотр неожиданно завершился ошибкой: {error}</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Не обновлено</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Step up</source>
        <translation>Шаг вв&amp;ерх</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Шаг вн&amp;из</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Float</source>
        <translation>Плавающее</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>От&amp;мена</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Скопировать &amp;адрес ссылки</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>a new record</source>
        <translation>новая запись</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Восстановить несохранённую работу?</translation>
    </message>
    <message>
        <source>Briefing stopped with unsaved changes to {name}. Restore them?</source>
        <translation>Работа Briefing прервалась, остались несохранённые изменения ({name}). Восстановить их?</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>the date the draft was made</source>
        <translation>дата создания черновика</translation>
    </message>
    <message>
        <source>the article names no visitor</source>
        <translation>в статье не назван гость</translation>
    </message>
    <message>
        <source>the article names no host country</source>
        <translation>в статье не названа принимающая страна</translation>
    </message>
    <message>
        <source>the article gives no date for the visit; the article&apos;s own date</source>
        <translation>в статье не указана дата визита; дата самой статьи</translation>
    </message>
    <message>
        <source>the article gives no dated visit; the date the draft was made</source>
        <translation>в статье нет датированного визита; дата создания черновика</translation>
    </message>
    <message>
        <source>the article&apos;s dates were out of order</source>
        <translation>даты в статье шли не по порядку</translation>
    </message>
    <message>
        <source>the article has no headline</source>
        <translation>у статьи нет заголовка</translation>
    </message>
    <message>
        <source>the article does not date this meeting; the visit&apos;s start</source>
        <translation>в статье не указана дата этой встречи; начало визита</translation>
    </message>
    <message>
        <source>Placeholder: {reason}</source>
        <translation>Заполнитель: {reason}</translation>
    </message>
    <message>
        <source>From the article: {sentence}</source>
        <translation>Из статьи: {sentence}</translation>
    </message>
    <message>
        <source>Not certain: the article may point to {value} instead.</source>
        <translation>Не наверняка: статья может указывать на {value}.</translation>
    </message>
    <message>
        <source>Not certain: the article may point to {value} instead: {sentence}</source>
        <translation>Не наверняка: статья может указывать на {value}: {sentence}</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add a row to {table}</source>
        <translation>Добавить строку в таблицу «{table}»</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the selected row of {table}</source>
        <translation>Удалить выбранную строку таблицы «{table}»</translation>
    </message>
    <message>
        <source>Move the selected row of {table} up</source>
        <translation>Переместить выбранную строку таблицы «{table}» вверх</translation>
    </message>
    <message>
        <source>Move the selected row of {table} down</source>
        <translation>Переместить выбранную строку таблицы «{table}» вниз</translation>
    </message>
    <message>
        <source>Imported from the article</source>
        <translation>Импортировано из статьи</translation>
    </message>
    <message>
        <source>Edit {table}</source>
        <comment>undo step</comment>
        <translation>изменение в таблице «{table}»</translation>
    </message>
    <message>
        <source>Add a row to {table}</source>
        <comment>undo step</comment>
        <translation>добавление строки в таблицу «{table}»</translation>
    </message>
    <message>
        <source>Delete a row of {table}</source>
        <comment>undo step</comment>
        <translation>удаление строки из таблицы «{table}»</translation>
    </message>
    <message>
        <source>Move a row of {table}</source>
        <comment>undo step</comment>
        <translation>перемещение строки в таблице «{table}»</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>SourcesEditor</name>
    <message>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Address (https://…)</source>
        <translation>Адрес (https://…)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Гриф</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Новый источник</translation>
    </message>
    <message>
        <source>Add source</source>
        <comment>undo step</comment>
        <translation>добавление источника</translation>
    </message>
    <message>
        <source>Delete source</source>
        <comment>undo step</comment>
        <translation>удаление источника</translation>
    </message>
    <message>
        <source>Delete citation</source>
        <comment>undo step</comment>
        <translation>удаление ссылки на источник</translation>
    </message>
    <message>
        <source>Delete a cited source?</source>
        <translation>Удалить источник, на который есть ссылки?</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) cite source “{source}”. Delete it and its citations?</source>
        <translation>
            <numerusform>На источник «{source}» ссылается %n встреча. Удалить его вместе со ссылками?</numerusform>
            <numerusform>На источник «{source}» ссылаются %n встречи. Удалить его вместе со ссылками?</numerusform>
            <numerusform>На источник «{source}» ссылаются %n встреч. Удалить его вместе со ссылками?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpellChecking</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(нет вариантов)</translation>
    </message>
    <message>
        <source>Add “{word}” to the dictionary</source>
        <translation>Добавить «{word}» в словарь</translation>
    </message>
</context>
<context>
    <name>SummaryEditor</name>
    <message>
        <source>Summary text</source>
        <translation>Текст краткого содержания беседы</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Форматирование</translation>
    </message>
    <message>
        <source>Summary formatting</source>
        <translation>Форматирование краткого содержания беседы</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Полужирный</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Курсив</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Маркированный список</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Нумерованный список</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Ссылка…</translation>
    </message>
    <message>
        <source>Edit summary</source>
        <comment>undo step</comment>
        <translation>изменение краткого содержания беседы</translation>
    </message>
    <message>
        <source>Insert link</source>
        <translation>Вставить ссылку</translation>
    </message>
    <message>
        <source>Address (https://…):</source>
        <translation>Адрес (https://…):</translation>
    </message>
</context>
<context>
    <name>TextActions</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авить</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Выделить &amp;всё</translation>
    </message>
</context>
<context>
    <name>VisitPanel</name>
    <message>
        <source>Public</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Для служебного пользования</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Ограниченный доступ</translation>
    </message>
    <message>
        <source>title</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>prepared by</source>
        <translation>исполнитель</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>classification levels</source>
        <translation>уровни секретности</translation>
    </message>
    <message>
        <source>classification level</source>
        <translation>гриф секретности</translation>
    </message>
    <message>
        <source>handling caveat</source>
        <translation>ограничительная пометка</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>рассылка</translation>
    </message>
    <message>
        <source>principal&apos;s name</source>
        <translation>имя главы делегации</translation>
    </message>
    <message>
        <source>principal&apos;s name in own script</source>
        <translation>имя главы делегации в оригинальном написании</translation>
    </message>
    <message>
        <source>principal&apos;s title</source>
        <translation>должность главы делегации</translation>
    </message>
    <message>
        <source>principal&apos;s organisation</source>
        <translation>ведомство главы делегации</translation>
    </message>
    <message>
        <source>principal&apos;s country</source>
        <translation>страна главы делегации</translation>
    </message>
    <message>
        <source>principal&apos;s pronunciation</source>
        <translation>произношение имени главы делегации</translation>
    </message>
    <message>
        <source>principal&apos;s biography</source>
        <translation>биография главы делегации</translation>
    </message>
    <message>
        <source>host country</source>
        <translation>принимающая страна</translation>
    </message>
    <message>
        <source>places</source>
        <translation>места пребывания</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>дата начала</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>дата окончания</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>цель визита</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Новый член делегации</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>Key point (Markdown)</source>
        <translation>Ключевой момент (Markdown)</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Гриф</translation>
    </message>
    <message>
        <source>New key point</source>
        <translation>Новый ключевой момент</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Ключевые моменты</translation>
    </message>
    <message>
        <source>Paragraph (Markdown)</source>
        <translation>Абзац (Markdown)</translation>
    </message>
    <message>
        <source>New paragraph</source>
        <translation>Новый абзац</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Справочная информация</translation>
    </message>
    <message>
        <source>Change classification scheme</source>
        <comment>undo step</comment>
        <translation>смена схемы грифов</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>Заголовок документа</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>e.g. BRF-2025-014</source>
        <translation>напр. BRF-2025-014</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Analyst or unit</source>
        <translation>Аналитик или подразделение</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Дата подготовки</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Язык документа</translation>
    </message>
    <message>
        <source>BCP 47 tag, e.g. en</source>
        <translation>код BCP 47, напр. en</translation>
    </message>
    <message>
        <source>Classification scheme</source>
        <translation>Схема грифов</translation>
    </message>
    <message>
        <source>Custom levels</source>
        <translation>Собственные уровни</translation>
    </message>
    <message>
        <source>Custom classification levels</source>
        <translation>Собственные уровни секретности</translation>
    </message>
    <message>
        <source>The levels of a custom scheme, lowest first, separated by semicolons</source>
        <translation>Уровни собственной схемы, начиная с низшего, через точку с запятой</translation>
    </message>
    <message>
        <source>lowest first, e.g. Public; Internal; Restricted</source>
        <translation>с низшего, напр.: Открыто; Для служебного пользования; Ограниченный доступ</translation>
    </message>
    <message>
        <source>Classification level</source>
        <translation>Гриф секретности</translation>
    </message>
    <message>
        <source>Handling caveat</source>
        <translation>Ограничительная пометка</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Рассылка</translation>
    </message>
    <message>
        <source>Distribution list</source>
        <translation>Список рассылки</translation>
    </message>
    <message>
        <source>One recipient per line</source>
        <translation>По одному адресату в строке</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Глава делегации</translation>
    </message>
    <message>
        <source>Principal&apos;s name</source>
        <translation>Имя главы делегации</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>Имя в оригинальном написании</translation>
    </message>
    <message>
        <source>Principal&apos;s name in own script</source>
        <translation>Имя главы делегации в оригинальном написании</translation>
    </message>
    <message>
        <source>As written in its own script, e.g. هيام الياسري</source>
        <translation>Как пишется в оригинале, напр. هيام الياسري</translation>
    </message>
    <message>
        <source>Principal&apos;s title</source>
        <translation>Должность главы делегации</translation>
    </message>
    <message>
        <source>Principal&apos;s organisation</source>
        <translation>Ведомство главы делегации</translation>
    </message>
    <message>
        <source>Principal&apos;s country</source>
        <translation>Страна главы делегации</translation>
    </message>
    <message>
        <source>Pronunciation</source>
        <translation>Произношение</translation>
    </message>
    <message>
        <source>Pronunciation of the principal&apos;s name</source>
        <translation>Произношение имени главы делегации</translation>
    </message>
    <message>
        <source>e.g. YAL-chin ra-FEE-yev</source>
        <translation>напр. YAL-chin ra-FEE-yev</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Биография</translation>
    </message>
    <message>
        <source>Principal&apos;s biography (Markdown)</source>
        <translation>Биография главы делегации (Markdown)</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Принимающая страна</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места пребывания</translation>
    </message>
    <message>
        <source>Separated by semicolons</source>
        <translation>Через точку с запятой</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Background paragraphs</source>
        <translation>Абзацы справочной информации</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Фотографии</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Licence: {licence}. Fonts: Noto, {fonts}.</source>
        <translation>Lisenziya: {licence}. Şriftlər: Noto, {fonts}.</translation>
    </message>
    <message>
        <source>About Briefing</source>
        <translation>Briefing haqqında</translation>
    </message>
    <message>
        <source>Briefing icon</source>
        <translation>Briefing nişanı</translation>
    </message>
    <message>
        <source>Briefing turns visit records into formatted briefings in PDF and Word (DOCX).</source>
        <translation>Briefing səfər qeydlərini PDF və Word (DOCX) formatında tərtib olunmuş arayışlara çevirir.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;guide&quot;&gt;Open the user guide&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;guide&quot;&gt;İstifadəçi təlimatını aç&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Open the user guide</source>
        <translation>İstifadəçi təlimatını aç</translation>
    </message>
</context>
<context>
    <name>Binder</name>
    <message>
        <source>Imported from the article: check it, then edit it or confirm all imported fields.</source>
        <translation>Məqalədən idxal edilib: yoxlayın, sonra düzəldin və ya bütün idxal edilmiş sahələri təsdiqləyin.</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <comment>undo step</comment>
        <translation>«{field}» sahəsində dəyişiklik</translation>
    </message>
</context>
<context>
    <name>ClassificationScheme</name>
    <message>
        <source>none (no markings)</source>
        <translation>yoxdur (qrifsiz)</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>xüsusi</translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <source>Untitled</source>
        <translation>Adsız</translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <comment>undo step</comment>
        <translation>yadda saxlanmamış işin bərpası</translation>
    </message>
    <message>
        <source>Import article</source>
        <comment>undo step</comment>
        <translation>məqalənin idxalı</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>undo step</comment>
        <translation>dəyişiklik</translation>
    </message>
    <message>
        <source>Confirm imported fields</source>
        <comment>undo step</comment>
        <translation>idxal edilmiş sahələrin təsdiqi</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>İxrac et</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Ən azı bir format seçin.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>İxrac edilir…</translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation>Fayl yazıldı: {file}</translation>
    </message>
    <message>
        <source>Exported:</source>
        <translation>İxrac edildi:</translation>
    </message>
    <message>
        <source>Export failed unexpectedly: {error}</source>
        <translation>İxrac gözlənilmədən uğursuz oldu: {error}</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Fayllar əvəz edilsin?</translation>
    </message>
    <message>
        <source>These files are already in {folder}:
{names}
Replace them?</source>
        <translation>Bu fayllar artıq {folder} qovluğunda var:
{names}
Onlar əvəz edilsin?</translation>
    </message>
    <message>
        <source>Full edition</source>
        <translation>Tam versiya</translation>
    </message>
    <message>
        <source>Releasable at {level}</source>
        <translation>{level} səviyyəsində yayıla bilən</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>İxrac yeri</translation>
    </message>
    <message>
        <source>Export briefing</source>
        <translation>Arayışı ixrac et</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Şablon</translation>
    </message>
    <message>
        <source>Template description</source>
        <translation>Şablonun təsviri</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formatlar</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF ixrac et</translation>
    </message>
    <message>
        <source>Word (DOCX)</source>
        <translation>Word (DOCX)</translation>
    </message>
    <message>
        <source>Export DOCX</source>
        <translation>DOCX ixrac et</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Versiya</translation>
    </message>
    <message>
        <source>Edition: full, or releasable at a level</source>
        <translation>Versiya: tam və ya müəyyən səviyyədə yayıla bilən</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Təyinat qovluğu</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <source>Choose destination folder</source>
        <translation>Təyinat qovluğunu seç</translation>
    </message>
    <message>
        <source>The record has problems; click one to go to the field:</source>
        <translation>Qeyddə problemlər var; sahəyə keçmək üçün birinin üzərinə klikləyin:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemlər</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>İxracın gedişi</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>İxracın vəziyyəti</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Faylı aç</translation>
    </message>
    <message>
        <source>Open the exported file</source>
        <translation>İxrac edilmiş faylı aç</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Qovluğu aç</translation>
    </message>
    <message>
        <source>Open the destination folder</source>
        <translation>Təyinat qovluğunu aç</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and replace</source>
        <translation>Tap və əvəz et</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Axtarılan</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Yeni mətn</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Registrə həssas</translation>
    </message>
    <message>
        <source>Find status</source>
        <translation>Axtarışın vəziyyəti</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>&amp;Növbətini tap</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>Əvəz &amp;et</translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation>&amp;Hamısını əvəz et</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Axtarılan:</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>&amp;Yeni mətn:</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Tapılmadı.</translation>
    </message>
    <message>
        <source>{position} of {count}: {field}</source>
        <translation>{position}/{count}: {field}</translation>
    </message>
    <message>
        <source>Replace</source>
        <comment>undo step</comment>
        <translation>əvəzetmə</translation>
    </message>
    <message>
        <source>Replace all “{text}”</source>
        <comment>undo step</comment>
        <translation>bütün «{text}» uyğunluqlarının əvəz edilməsi</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n.</source>
        <translation>
            <numerusform>%n əvəzetmə edildi.</numerusform>
            <numerusform>%n əvəzetmə edildi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <source>open</source>
        <translation>açıq</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>icradadır</translation>
    </message>
    <message>
        <source>done</source>
        <translation>icra olunub</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ləğv edilib</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>{name} — user guide</source>
        <translation>{name} — istifadəçi təlimatı</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>İstifadəçi təlimatı</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Create draft</source>
        <translation>Qaralama yarat</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Məqalələr</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Bütün fayllar</translation>
    </message>
    <message>
        <source>Open an article</source>
        <translation>Məqaləni aç</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>{name} oxuna bilmir: {reason}</translation>
    </message>
    <message>
        <source>{name}: too large to import: over {megabytes} MB</source>
        <translation>{name}: idxal etmək üçün çox böyükdür: {megabytes} MB-dan artıq</translation>
    </message>
    <message>
        <source>{name}: too long to import: {length} characters of text, at most {limit}; import the part about the visit</source>
        <translation>{name}: idxal etmək üçün çox uzundur: {length} simvol mətn, ən çoxu {limit}; səfərə aid hissəni idxal edin</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>yapışdırılmış mətn</translation>
    </message>
    <message>
        <source>Paste an article or open a file first.</source>
        <translation>Əvvəlcə məqaləni yapışdırın və ya faylı açın.</translation>
    </message>
    <message>
        <source>article</source>
        <translation>məqalə</translation>
    </message>
    <message>
        <source>New visit from an article</source>
        <translation>Məqalədən yeni səfər</translation>
    </message>
    <message>
        <source>Paste a news article or press release about a visit (plain text or HTML), or open a file. The draft&apos;s imported fields are tinted until you check them.</source>
        <translation>Səfər haqqında xəbər məqaləsini və ya press-relizi (sadə mətn və ya HTML) yapışdırın, yaxud faylı açın. Qaralamanın idxal edilmiş sahələri siz yoxlayana qədər rənglə seçilir.</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Məqalənin mətni</translation>
    </message>
    <message>
        <source>Paste the article here</source>
        <translation>Məqaləni bura yapışdırın</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Faylı aç…</translation>
    </message>
    <message>
        <source>Read the article from a text or HTML file</source>
        <translation>Məqaləni mətn və ya HTML faylından oxu</translation>
    </message>
    <message>
        <source>Open an article file</source>
        <translation>Məqalə faylını aç</translation>
    </message>
    <message>
        <source>Article source</source>
        <translation>Məqalənin mənbəyi</translation>
    </message>
    <message>
        <source>Import message</source>
        <translation>İdxal mesajı</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Visit records</source>
        <translation>Səfər qeydləri</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Bütün fayllar</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Yeni görüş</translation>
    </message>
    <message>
        <source>Problems in the record</source>
        <translation>Qeyddəki problemlər</translation>
    </message>
    <message>
        <source>Imported fields to review</source>
        <translation>Yoxlanılmalı idxal edilmiş sahələr</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri qaytar</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Təkrar et</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Ç&amp;ap et…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Tap…</translation>
    </message>
    <message>
        <source>Find and &amp;replace…</source>
        <translation>Tap və &amp;əvəz et…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Parametrlər…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klaviatura qısayolları</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Təkrar et: {step}</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Geri qaytar: {step}</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Əsas alətlər paneli</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported field(s) to review</source>
        <translation>
            <numerusform>Yoxlanılmalı %n idxal edilmiş sahə</numerusform>
            <numerusform>Yoxlanılmalı %n idxal edilmiş sahə</numerusform>
        </translation>
    </message>
    <message>
        <source>Add meeting</source>
        <translation>Görüş əlavə et</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (surət)</translation>
    </message>
    <message>
        <source>Duplicate meeting</source>
        <translation>Görüşün surətini çıxar</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Görüşü sil</translation>
    </message>
    <message>
        <source>No spelling dictionary for &apos;{language}&apos;: spelling is not checked (Help › User guide says how to add one).</source>
        <translation>«{language}» üçün orfoqrafiya lüğəti yoxdur: orfoqrafiya yoxlanılmır (lüğətin necə əlavə edildiyi Kömək › İstifadəçi təlimatında izah olunur).</translation>
    </message>
    <message>
        <source>check the visitor</source>
        <translation>səfər edən şəxsi yoxlayın</translation>
    </message>
    <message>
        <source>Check the visitor: the article may point to {name}.</source>
        <translation>Səfər edən şəxsi yoxlayın: məqalə {name} şəxsini nəzərdə tuta bilər.</translation>
    </message>
    <message>
        <source>Add meeting</source>
        <comment>undo step</comment>
        <translation>görüşün əlavə edilməsi</translation>
    </message>
    <message>
        <source>Duplicate meeting</source>
        <comment>undo step</comment>
        <translation>görüşün surətinin çıxarılması</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <comment>undo step</comment>
        <translation>görüşün silinməsi</translation>
    </message>
    <message>
        <source>Move meeting</source>
        <comment>undo step</comment>
        <translation>görüşün yerinin dəyişdirilməsi</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Yadda saxlanmamış dəyişikliklər</translation>
    </message>
    <message>
        <source>Save the changes to {name}?</source>
        <translation>{name} faylındakı dəyişikliklər yadda saxlanılsın?</translation>
    </message>
    <message numerus="yes">
        <source>Draft from the article: %n imported field(s) to review</source>
        <translation>
            <numerusform>Məqalədən qaralama: yoxlanılmalı %n idxal edilmiş sahə</numerusform>
            <numerusform>Məqalədən qaralama: yoxlanılmalı %n idxal edilmiş sahə</numerusform>
        </translation>
    </message>
    <message>
        <source>Open visit record</source>
        <translation>Səfər qeydini aç</translation>
    </message>
    <message>
        <source>Cannot open the record</source>
        <translation>Qeydi açmaq mümkün deyil</translation>
    </message>
    <message>
        <source>Save visit record</source>
        <translation>Səfər qeydini yadda saxla</translation>
    </message>
    <message>
        <source>Replace the record?</source>
        <translation>Qeyd əvəz edilsin?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it? (The file it holds now is kept as a .bak copy.)</source>
        <translation>{name} artıq {folder} qovluğunda var. Əvəz edilsin? (Hazırkı fayl .bak surəti kimi saxlanılır.)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Yadda saxlamaq mümkün deyil</translation>
    </message>
    <message numerus="yes">
        <source>Saved {path} with %n problem(s) to fix</source>
        <translation>
            <numerusform>{path} yadda saxlanıldı; düzəldilməli %n problem var</numerusform>
            <numerusform>{path} yadda saxlanıldı; düzəldilməli %n problem var</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} yadda saxlanıldı</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Çap etmək mümkün deyil</translation>
    </message>
    <message>
        <source>Print the {template} brief</source>
        <translation>{template} şablonu ilə arayışı çap et</translation>
    </message>
    <message>
        <source>The interface language changes when Briefing is restarted.</source>
        <translation>İnterfeys dili Briefing yenidən işə salındıqda dəyişəcək.</translation>
    </message>
    <message>
        <source>Briefing documents from visit records</source>
        <translation>Səfər qeydlərindən arayış sənədləri</translation>
    </message>
    <message>
        <source>Open the sample visit</source>
        <translation>Nümunə səfəri aç</translation>
    </message>
    <message>
        <source>Open the bundled sample record</source>
        <translation>Proqramla gələn nümunə qeydi aç</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Yeni səfər</translation>
    </message>
    <message>
        <source>Start a new visit record</source>
        <translation>Yeni səfər qeydi yarat</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Aç…</translation>
    </message>
    <message>
        <source>Open a visit record</source>
        <translation>Səfər qeydini aç</translation>
    </message>
    <message>
        <source>Open a record</source>
        <translation>Qeydi aç</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Son fayllar</translation>
    </message>
    <message>
        <source>Visit and document</source>
        <translation>Səfər və sənəd</translation>
    </message>
    <message>
        <source>Visit and document details</source>
        <translation>Səfər və sənəd barədə məlumat</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Görüşlər</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Əlavə et</translation>
    </message>
    <message>
        <source>Add a meeting after the selected one (Ctrl+M)</source>
        <translation>Seçilmiş görüşdən sonra görüş əlavə et (Ctrl+M)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Surətini çıxar</translation>
    </message>
    <message>
        <source>Duplicate the selected meeting</source>
        <translation>Seçilmiş görüşün surətini çıxar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Delete the selected meeting (Delete)</source>
        <translation>Seçilmiş görüşü sil (Delete)</translation>
    </message>
    <message>
        <source>Move the selected meeting up (Ctrl+Up)</source>
        <translation>Seçilmiş görüşü yuxarı köçür (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move meeting up</source>
        <translation>Görüşü yuxarı köçür</translation>
    </message>
    <message>
        <source>Move the selected meeting down (Ctrl+Down)</source>
        <translation>Seçilmiş görüşü aşağı köçür (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Move meeting down</source>
        <translation>Görüşü aşağı köçür</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Redaktor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Son &amp;fayllar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redaktə</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüş</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Kömək</translation>
    </message>
    <message>
        <source>&amp;New visit</source>
        <translation>&amp;Yeni səfər</translation>
    </message>
    <message>
        <source>New from &amp;article…</source>
        <translation>&amp;Məqalədən yeni…</translation>
    </message>
    <message>
        <source>Draft a visit record from a news article or press release</source>
        <translation>Xəbər məqaləsindən və ya press-relizdən səfər qeydinin qaralamasını hazırla</translation>
    </message>
    <message>
        <source>&amp;Confirm all imported fields</source>
        <translation>Bütün idxal edilmiş sahələri təs&amp;diqlə</translation>
    </message>
    <message>
        <source>Mark every field imported from the article as checked</source>
        <translation>Məqalədən idxal edilmiş bütün sahələri yoxlanılmış kimi qeyd et</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Aç…</translation>
    </message>
    <message>
        <source>Open the &amp;sample visit</source>
        <translation>&amp;Nümunə səfəri aç</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Yadda &amp;saxla</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Fərqli &amp;adla saxla…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>İ&amp;xrac et…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;xış</translation>
    </message>
    <message>
        <source>&amp;Add meeting</source>
        <translation>Görüş ə&amp;lavə et</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>İstifadəçi &amp;təlimatı</translation>
    </message>
    <message>
        <source>&amp;About Briefing</source>
        <translation>Briefing &amp;haqqında</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>meeting title</source>
        <translation>görüşün başlığı</translation>
    </message>
    <message>
        <source>meeting id</source>
        <translation>görüşün identifikatoru</translation>
    </message>
    <message>
        <source>kind of meeting</source>
        <translation>görüşün növü</translation>
    </message>
    <message>
        <source>meeting date</source>
        <translation>görüşün tarixi</translation>
    </message>
    <message>
        <source>outside the visit dates</source>
        <translation>səfər tarixlərindən kənar</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>başlama vaxtı</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>bitmə vaxtı</translation>
    </message>
    <message>
        <source>location</source>
        <translation>keçirilmə yeri</translation>
    </message>
    <message>
        <source>press</source>
        <translation>mətbuat</translation>
    </message>
    <message>
        <source>marking</source>
        <translation>qrif</translation>
    </message>
    <message>
        <source>New counterpart</source>
        <translation>Yeni həmsöhbət</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>Həmsöhbətlər</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Mövzu</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Yeni mövzu</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Mövzular</translation>
    </message>
    <message>
        <source>Outcome (Markdown)</source>
        <translation>Nəticə (Markdown)</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Qrif</translation>
    </message>
    <message>
        <source>New outcome</source>
        <translation>Yeni nəticə</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Nəticələr</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Addım</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>İcraçı</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Müddət</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Yeni addım</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Sonrakı addımlar</translation>
    </message>
    <message>
        <source>(document level)</source>
        <translation>(sənədin səviyyəsi)</translation>
    </message>
    <message>
        <source>Edit sources</source>
        <comment>undo step</comment>
        <translation>mənbələrin dəyişdirilməsi</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Görüş</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <source>Meeting title</source>
        <translation>Görüşün başlığı</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>İdentifikator</translation>
    </message>
    <message>
        <source>Meeting id</source>
        <translation>Görüşün identifikatoru</translation>
    </message>
    <message>
        <source>letters, digits, - and _</source>
        <translation>hərflər, rəqəmlər, - və _</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Görüşün növü</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Görüşün tarixi</translation>
    </message>
    <message>
        <source>The date lies outside the visit on purpose</source>
        <translation>Tarix qəsdən səfər müddətindən kənardır</translation>
    </message>
    <message>
        <source>Outside the visit dates</source>
        <translation>Səfər tarixlərindən kənar</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Başlayır</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Başlama vaxtı</translation>
    </message>
    <message>
        <source>00:00 means no time is set</source>
        <translation>00:00 vaxtın təyin edilmədiyini bildirir</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Bitir</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Bitmə vaxtı</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Mətbuat</translation>
    </message>
    <message>
        <source>Meeting classification</source>
        <translation>Görüşün qrifi</translation>
    </message>
    <message>
        <source>Summary of discussion</source>
        <translation>Müzakirələrin xülasəsi</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Xülasə</translation>
    </message>
    <message>
        <source>Counterparts and topics</source>
        <translation>Həmsöhbətlər və mövzular</translation>
    </message>
    <message>
        <source>Outcomes and follow-up</source>
        <translation>Nəticələr və sonrakı addımlar</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Sonrakı addımlar</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Mənbələr</translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <source>Consultations</source>
        <translation>Siyasi məsləhətləşmələr</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>İkitərəfli görüş</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telefon danışığı</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Ziyarət</translation>
    </message>
    <message>
        <source>Round-table</source>
        <translation>Dəyirmi masa</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Görüş</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(adsız)</translation>
    </message>
    <message>
        <source>no location</source>
        <translation>yer göstərilməyib</translation>
    </message>
    <message>
        <source>Move meeting</source>
        <comment>undo step</comment>
        <translation>görüşün yerinin dəyişdirilməsi</translation>
    </message>
</context>
<context>
    <name>PersonColumns</name>
    <message>
        <source>Name</source>
        <translation>Ad, soyad</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>Orijinal yazılış</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Vəzifə</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ölkə</translation>
    </message>
    <message>
        <source>Pronunciation</source>
        <translation>Tələffüz</translation>
    </message>
    <message>
        <source>Biography (Markdown)</source>
        <translation>Tərcümeyi-hal (Markdown)</translation>
    </message>
</context>
<context>
    <name>PhotosEditor</name>
    <message>
        <source>Image (relative to the record)</source>
        <translation>Şəkil (qeydə nisbətən yol)</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>İzahat</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Müəllif</translation>
    </message>
    <message>
        <source>Alt text (what it shows)</source>
        <translation>Alternativ mətn (nəyi göstərir)</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Qrif</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotoşəkillər</translation>
    </message>
    <message>
        <source>Add images…</source>
        <translation>Şəkil əlavə et…</translation>
    </message>
    <message>
        <source>Add photographs from image files (or drop the files here)</source>
        <translation>Şəkil fayllarından fotoşəkil əlavə et (və ya faylları bura atın)</translation>
    </message>
    <message>
        <source>Add photographs from image files</source>
        <translation>Şəkil fayllarından fotoşəkil əlavə et</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Şəkillər</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Bütün fayllar</translation>
    </message>
    <message>
        <source>Add photographs</source>
        <translation>Fotoşəkil əlavə et</translation>
    </message>
    <message>
        <source>Add photograph</source>
        <comment>undo step</comment>
        <translation>fotoşəklin əlavə edilməsi</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Parametrlər</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>İnterfeys dili</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Sistemin dili</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;İnterfeys dili:</translation>
    </message>
    <message>
        <source>Briefing speaks the chosen language from its next start.</source>
        <translation>Briefing seçilmiş dilə növbəti dəfə işə salındıqda keçəcək.</translation>
    </message>
</context>
<context>
    <name>Press</name>
    <message>
        <source>Open</source>
        <translation>Mətbuat üçün açıq</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Mətbuat üçün qapalı</translation>
    </message>
</context>
<context>
    <name>PreviewDock</name>
    <message>
        <source>Preview</source>
        <translation>Önbaxış</translation>
    </message>
    <message>
        <source>Preview template</source>
        <translation>Önbaxış şablonu</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Önbaxışın vəziyyəti</translation>
    </message>
    <message>
        <source>Preview of the PDF</source>
        <translation>PDF önbaxışı</translation>
    </message>
    <message>
        <source>Preview problems</source>
        <translation>Önbaxış problemləri</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>Şa&amp;blon:</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Yenilənir…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n səhifə</numerusform>
            <numerusform>%n səhifə</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview cannot be built:</source>
        <translation>Önbaxış yaradıla bilmir:</translation>
    </message>
    <message>
        <source>The preview failed unexpectedly: {error}</source>
        <translation>Önbaxış gözlənilmədən uğursuz oldu: {error}</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Yenilənmədi</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Artır</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Azalt</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Float</source>
        <translation>Ayır</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bağla</translation>
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
        <translation>&amp;Yadda saxla</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;İmtina</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Bağla</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Yadda saxlamadan bağla</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri qaytar</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Təkrar et</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kəs</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Kö&amp;çür</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Yapışdır</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Hamısını seç</translation>
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
        <translation>Yadda saxla</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İmtina</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Yadda saxlama</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Bəli</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Xeyr</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri qaytar</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Təkrar et</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kəs</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Kö&amp;çür</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Keçidin ünvanını &amp;köçür</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Yapışdır</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Hamısını seç</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>a new record</source>
        <translation>yeni qeyd</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Yadda saxlanmamış iş bərpa edilsin?</translation>
    </message>
    <message>
        <source>Briefing stopped with unsaved changes to {name}. Restore them?</source>
        <translation>Briefing {name} üzrə yadda saxlanmamış dəyişikliklərlə dayandı. Onlar bərpa edilsin?</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>the date the draft was made</source>
        <translation>qaralamanın hazırlandığı tarix</translation>
    </message>
    <message>
        <source>the article names no visitor</source>
        <translation>məqalədə səfər edən şəxs adlandırılmır</translation>
    </message>
    <message>
        <source>the article names no host country</source>
        <translation>məqalədə qəbul edən ölkə adlandırılmır</translation>
    </message>
    <message>
        <source>the article gives no date for the visit; the article&apos;s own date</source>
        <translation>məqalədə səfərin tarixi göstərilmir; məqalənin öz tarixi</translation>
    </message>
    <message>
        <source>the article gives no dated visit; the date the draft was made</source>
        <translation>məqalədə tarixli səfər yoxdur; qaralamanın hazırlandığı tarix</translation>
    </message>
    <message>
        <source>the article&apos;s dates were out of order</source>
        <translation>məqalədəki tarixlər ardıcıl deyildi</translation>
    </message>
    <message>
        <source>the article has no headline</source>
        <translation>məqalənin başlığı yoxdur</translation>
    </message>
    <message>
        <source>the article does not date this meeting; the visit&apos;s start</source>
        <translation>məqalədə bu görüşün tarixi göstərilmir; səfərin başlanğıcı</translation>
    </message>
    <message>
        <source>Placeholder: {reason}</source>
        <translation>Yer tutucu: {reason}</translation>
    </message>
    <message>
        <source>From the article: {sentence}</source>
        <translation>Məqalədən: {sentence}</translation>
    </message>
    <message>
        <source>Not certain: the article may point to {value} instead.</source>
        <translation>Dəqiq deyil: məqalə bunun əvəzinə {value} şəxsini nəzərdə tuta bilər.</translation>
    </message>
    <message>
        <source>Not certain: the article may point to {value} instead: {sentence}</source>
        <translation>Dəqiq deyil: məqalə bunun əvəzinə {value} şəxsini nəzərdə tuta bilər: {sentence}</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Add</source>
        <translation>Əlavə et</translation>
    </message>
    <message>
        <source>Add a row to {table}</source>
        <translation>«{table}» cədvəlinə sətir əlavə et</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Delete the selected row of {table}</source>
        <translation>«{table}» cədvəlində seçilmiş sətri sil</translation>
    </message>
    <message>
        <source>Move the selected row of {table} up</source>
        <translation>«{table}» cədvəlində seçilmiş sətri yuxarı köçür</translation>
    </message>
    <message>
        <source>Move the selected row of {table} down</source>
        <translation>«{table}» cədvəlində seçilmiş sətri aşağı köçür</translation>
    </message>
    <message>
        <source>Imported from the article</source>
        <translation>Məqalədən idxal edilib</translation>
    </message>
    <message>
        <source>Edit {table}</source>
        <comment>undo step</comment>
        <translation>«{table}» cədvəlində dəyişiklik</translation>
    </message>
    <message>
        <source>Add a row to {table}</source>
        <comment>undo step</comment>
        <translation>«{table}» cədvəlinə sətir əlavə edilməsi</translation>
    </message>
    <message>
        <source>Delete a row of {table}</source>
        <comment>undo step</comment>
        <translation>«{table}» cədvəlindən sətrin silinməsi</translation>
    </message>
    <message>
        <source>Move a row of {table}</source>
        <comment>undo step</comment>
        <translation>«{table}» cədvəlində sətrin yerinin dəyişdirilməsi</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klaviatura qısayolları</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Əmr</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Düymələr</translation>
    </message>
</context>
<context>
    <name>SourcesEditor</name>
    <message>
        <source>Id</source>
        <translation>İdentifikator</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Nəşr edən</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>Address (https://…)</source>
        <translation>Ünvan (https://…)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Qrif</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Mənbələr</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Yeni mənbə</translation>
    </message>
    <message>
        <source>Add source</source>
        <comment>undo step</comment>
        <translation>mənbənin əlavə edilməsi</translation>
    </message>
    <message>
        <source>Delete source</source>
        <comment>undo step</comment>
        <translation>mənbənin silinməsi</translation>
    </message>
    <message>
        <source>Delete citation</source>
        <comment>undo step</comment>
        <translation>mənbəyə istinadın silinməsi</translation>
    </message>
    <message>
        <source>Delete a cited source?</source>
        <translation>İstinad edilən mənbə silinsin?</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) cite source “{source}”. Delete it and its citations?</source>
        <translation>
            <numerusform>%n görüş «{source}» mənbəyinə istinad edir. Mənbə istinadları ilə birlikdə silinsin?</numerusform>
            <numerusform>%n görüş «{source}» mənbəyinə istinad edir. Mənbə istinadları ilə birlikdə silinsin?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpellChecking</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(təklif yoxdur)</translation>
    </message>
    <message>
        <source>Add “{word}” to the dictionary</source>
        <translation>«{word}» sözünü lüğətə əlavə et</translation>
    </message>
</context>
<context>
    <name>SummaryEditor</name>
    <message>
        <source>Summary text</source>
        <translation>Xülasənin mətni</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formatlama</translation>
    </message>
    <message>
        <source>Summary formatting</source>
        <translation>Xülasənin formatlanması</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Qalın</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Markerli siyahı</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Nömrəli siyahı</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Keçid…</translation>
    </message>
    <message>
        <source>Edit summary</source>
        <comment>undo step</comment>
        <translation>xülasənin dəyişdirilməsi</translation>
    </message>
    <message>
        <source>Insert link</source>
        <translation>Keçid əlavə et</translation>
    </message>
    <message>
        <source>Address (https://…):</source>
        <translation>Ünvan (https://…):</translation>
    </message>
</context>
<context>
    <name>TextActions</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kəs</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Kö&amp;çür</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Yapışdır</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Hamısını seç</translation>
    </message>
</context>
<context>
    <name>VisitPanel</name>
    <message>
        <source>Public</source>
        <translation>Açıq</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Daxili istifadə üçün</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Məhdud</translation>
    </message>
    <message>
        <source>title</source>
        <translation>başlıq</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>qeydiyyat nömrəsi</translation>
    </message>
    <message>
        <source>prepared by</source>
        <translation>hazırlayan</translation>
    </message>
    <message>
        <source>date</source>
        <translation>tarix</translation>
    </message>
    <message>
        <source>language</source>
        <translation>dil</translation>
    </message>
    <message>
        <source>classification levels</source>
        <translation>məxfilik dərəcələri</translation>
    </message>
    <message>
        <source>classification level</source>
        <translation>məxfilik dərəcəsi</translation>
    </message>
    <message>
        <source>handling caveat</source>
        <translation>istifadə məhdudiyyəti</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>paylanma</translation>
    </message>
    <message>
        <source>principal&apos;s name</source>
        <translation>nümayəndə heyəti rəhbərinin adı</translation>
    </message>
    <message>
        <source>principal&apos;s name in own script</source>
        <translation>nümayəndə heyəti rəhbərinin orijinal yazılışda adı</translation>
    </message>
    <message>
        <source>principal&apos;s title</source>
        <translation>nümayəndə heyəti rəhbərinin vəzifəsi</translation>
    </message>
    <message>
        <source>principal&apos;s organisation</source>
        <translation>nümayəndə heyəti rəhbərinin təşkilatı</translation>
    </message>
    <message>
        <source>principal&apos;s country</source>
        <translation>nümayəndə heyəti rəhbərinin ölkəsi</translation>
    </message>
    <message>
        <source>principal&apos;s pronunciation</source>
        <translation>nümayəndə heyəti rəhbərinin adının tələffüzü</translation>
    </message>
    <message>
        <source>principal&apos;s biography</source>
        <translation>nümayəndə heyəti rəhbərinin tərcümeyi-halı</translation>
    </message>
    <message>
        <source>host country</source>
        <translation>qəbul edən ölkə</translation>
    </message>
    <message>
        <source>places</source>
        <translation>yerlər</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>başlama tarixi</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>bitmə tarixi</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>səfərin məqsədi</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Yeni üzv</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Nümayəndə heyəti</translation>
    </message>
    <message>
        <source>Key point (Markdown)</source>
        <translation>Əsas məqam (Markdown)</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Qrif</translation>
    </message>
    <message>
        <source>New key point</source>
        <translation>Yeni əsas məqam</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Əsas məqamlar</translation>
    </message>
    <message>
        <source>Paragraph (Markdown)</source>
        <translation>Abzas (Markdown)</translation>
    </message>
    <message>
        <source>New paragraph</source>
        <translation>Yeni abzas</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Ümumi məlumat</translation>
    </message>
    <message>
        <source>Change classification scheme</source>
        <comment>undo step</comment>
        <translation>qrif sxeminin dəyişdirilməsi</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Sənəd</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>Sənədin başlığı</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Qeydiyyat nömrəsi</translation>
    </message>
    <message>
        <source>e.g. BRF-2025-014</source>
        <translation>məs. BRF-2025-014</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Hazırlayan</translation>
    </message>
    <message>
        <source>Analyst or unit</source>
        <translation>Analitik və ya bölmə</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Tərtib tarixi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Sənədin dili</translation>
    </message>
    <message>
        <source>BCP 47 tag, e.g. en</source>
        <translation>BCP 47 kodu, məs. en</translation>
    </message>
    <message>
        <source>Classification scheme</source>
        <translation>Qrif sxemi</translation>
    </message>
    <message>
        <source>Custom levels</source>
        <translation>Xüsusi dərəcələr</translation>
    </message>
    <message>
        <source>Custom classification levels</source>
        <translation>Xüsusi məxfilik dərəcələri</translation>
    </message>
    <message>
        <source>The levels of a custom scheme, lowest first, separated by semicolons</source>
        <translation>Xüsusi sxemin səviyyələri, ən aşağıdan başlayaraq, nöqtəli vergüllə ayrılmış</translation>
    </message>
    <message>
        <source>lowest first, e.g. Public; Internal; Restricted</source>
        <translation>ən aşağıdan, məs. Açıq; Daxili istifadə üçün; Məhdud</translation>
    </message>
    <message>
        <source>Classification level</source>
        <translation>Məxfilik dərəcəsi</translation>
    </message>
    <message>
        <source>Handling caveat</source>
        <translation>İstifadə məhdudiyyəti</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Paylanma</translation>
    </message>
    <message>
        <source>Distribution list</source>
        <translation>Paylanma siyahısı</translation>
    </message>
    <message>
        <source>One recipient per line</source>
        <translation>Hər sətirdə bir alıcı</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Səfər</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Nümayəndə heyətinin rəhbəri</translation>
    </message>
    <message>
        <source>Principal&apos;s name</source>
        <translation>Nümayəndə heyəti rəhbərinin adı</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>Orijinal yazılışda ad</translation>
    </message>
    <message>
        <source>Principal&apos;s name in own script</source>
        <translation>Nümayəndə heyəti rəhbərinin orijinal yazılışda adı</translation>
    </message>
    <message>
        <source>As written in its own script, e.g. هيام الياسري</source>
        <translation>Öz əlifbasında yazıldığı kimi, məs. هيام الياسري</translation>
    </message>
    <message>
        <source>Principal&apos;s title</source>
        <translation>Rəhbərin vəzifəsi</translation>
    </message>
    <message>
        <source>Principal&apos;s organisation</source>
        <translation>Rəhbərin təşkilatı</translation>
    </message>
    <message>
        <source>Principal&apos;s country</source>
        <translation>Rəhbərin ölkəsi</translation>
    </message>
    <message>
        <source>Pronunciation</source>
        <translation>Tələffüz</translation>
    </message>
    <message>
        <source>Pronunciation of the principal&apos;s name</source>
        <translation>Nümayəndə heyəti rəhbərinin adının tələffüzü</translation>
    </message>
    <message>
        <source>e.g. YAL-chin ra-FEE-yev</source>
        <translation>məs. YAL-chin ra-FEE-yev</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Tərcümeyi-hal</translation>
    </message>
    <message>
        <source>Principal&apos;s biography (Markdown)</source>
        <translation>Nümayəndə heyəti rəhbərinin tərcümeyi-halı (Markdown)</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Qəbul edən ölkə</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Yerlər</translation>
    </message>
    <message>
        <source>Separated by semicolons</source>
        <translation>Nöqtəli vergüllə ayrılmış</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Başlanğıc</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Başlama tarixi</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Bitmə tarixi</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Məqsəd</translation>
    </message>
    <message>
        <source>Background paragraphs</source>
        <translation>Ümumi məlumat abzasları</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Mənbələr</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotoşəkillər</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Licence: {licence}. Fonts: Noto, {fonts}.</source>
        <translation>الترخيص: {licence}. الخطوط: Noto، {fonts}.</translation>
    </message>
    <message>
        <source>About Briefing</source>
        <translation>حول Briefing</translation>
    </message>
    <message>
        <source>Briefing icon</source>
        <translation>أيقونة Briefing</translation>
    </message>
    <message>
        <source>Briefing turns visit records into formatted briefings in PDF and Word (DOCX).</source>
        <translation>يحوّل Briefing سجلات الزيارات إلى مذكرات إحاطة منسّقة بصيغتي PDF وWord (DOCX).</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;guide&quot;&gt;Open the user guide&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;guide&quot;&gt;فتح دليل المستخدم&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Open the user guide</source>
        <translation>فتح دليل المستخدم</translation>
    </message>
</context>
<context>
    <name>Binder</name>
    <message>
        <source>Imported from the article: check it, then edit it or confirm all imported fields.</source>
        <translation>مستورد من المقال: تحقّق منه، ثم عدّله أو أكّد جميع الحقول المستوردة.</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <comment>undo step</comment>
        <translation>تعديل «{field}»</translation>
    </message>
</context>
<context>
    <name>ClassificationScheme</name>
    <message>
        <source>none (no markings)</source>
        <translation>بلا تصنيف (دون علامات)</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>مخصّص</translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <comment>undo step</comment>
        <translation>استعادة العمل غير المحفوظ</translation>
    </message>
    <message>
        <source>Import article</source>
        <comment>undo step</comment>
        <translation>استيراد المقال</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>undo step</comment>
        <translation>التعديل</translation>
    </message>
    <message>
        <source>Confirm imported fields</source>
        <comment>undo step</comment>
        <translation>تأكيد الحقول المستوردة</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>اختر صيغة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation>كُتب الملف: {file}</translation>
    </message>
    <message>
        <source>Exported:</source>
        <translation>تم التصدير:</translation>
    </message>
    <message>
        <source>Export failed unexpectedly: {error}</source>
        <translation>فشل التصدير على نحو غير متوقع: {error}</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>استبدال الملفات؟</translation>
    </message>
    <message>
        <source>These files are already in {folder}:
{names}
Replace them?</source>
        <translation>هذه الملفات موجودة بالفعل في {folder}:
{names}
هل تريد استبدالها؟</translation>
    </message>
    <message>
        <source>Full edition</source>
        <translation>النسخة الكاملة</translation>
    </message>
    <message>
        <source>Releasable at {level}</source>
        <translation>قابلة للتداول بمستوى {level}</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <source>Export briefing</source>
        <translation>تصدير مذكرة الإحاطة</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>القالب</translation>
    </message>
    <message>
        <source>Template description</source>
        <translation>وصف القالب</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>الصيغ</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>تصدير PDF</translation>
    </message>
    <message>
        <source>Word (DOCX)</source>
        <translation>Word (DOCX)</translation>
    </message>
    <message>
        <source>Export DOCX</source>
        <translation>تصدير DOCX</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <source>Edition: full, or releasable at a level</source>
        <translation>النسخة: كاملة أو قابلة للتداول بمستوى معيّن</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>مجلد الوجهة</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Choose destination folder</source>
        <translation>اختيار مجلد الوجهة</translation>
    </message>
    <message>
        <source>The record has problems; click one to go to the field:</source>
        <translation>في السجل مشكلات؛ انقر على إحداها للانتقال إلى الحقل:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>تقدّم التصدير</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>حالة التصدير</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <source>Open the exported file</source>
        <translation>فتح الملف المُصدَّر</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>Open the destination folder</source>
        <translation>فتح مجلد الوجهة</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and replace</source>
        <translation>بحث واستبدال</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>البحث عن</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>النص البديل</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>مطابقة حالة الأ&amp;حرف</translation>
    </message>
    <message>
        <source>Find status</source>
        <translation>حالة البحث</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>البحث عن ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>ا&amp;ستبدال</translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation>استبدال ال&amp;كل</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>بحث &amp;عن:</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>ال&amp;نص البديل:</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>لم يُعثر على نتائج.</translation>
    </message>
    <message>
        <source>{position} of {count}: {field}</source>
        <translation>{position} من {count}: {field}</translation>
    </message>
    <message>
        <source>Replace</source>
        <comment>undo step</comment>
        <translation>الاستبدال</translation>
    </message>
    <message>
        <source>Replace all “{text}”</source>
        <comment>undo step</comment>
        <translation>استبدال كل مواضع «{text}»</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n.</source>
        <translation>
            <numerusform>لم يُجرَ أي استبدال.</numerusform>
            <numerusform>أُجري استبدال واحد.</numerusform>
            <numerusform>أُجري استبدالان.</numerusform>
            <numerusform>أُجريت %n استبدالات.</numerusform>
            <numerusform>أُجري %n استبدالًا.</numerusform>
            <numerusform>أُجري %n استبدال.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ملغى</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>{name} — user guide</source>
        <translation>{name} — دليل المستخدم</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Create draft</source>
        <translation>إنشاء مسودة</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>كل الملفات</translation>
    </message>
    <message>
        <source>Open an article</source>
        <translation>فتح مقال</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>تتعذّر قراءة {name}: {reason}</translation>
    </message>
    <message>
        <source>{name}: too large to import: over {megabytes} MB</source>
        <translation>{name}: أكبر من أن يُستورد: أكثر من {megabytes} ميغابايت</translation>
    </message>
    <message>
        <source>{name}: too long to import: {length} characters of text, at most {limit}; import the part about the visit</source>
        <translation>{name}: أطول من أن يُستورد: {length} حرفًا من النص، والحد الأقصى {limit}؛ استورد الجزء المتعلق بالزيارة</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>نص ملصق</translation>
    </message>
    <message>
        <source>Paste an article or open a file first.</source>
        <translation>ألصق مقالًا أو افتح ملفًا أولًا.</translation>
    </message>
    <message>
        <source>article</source>
        <translation>مقال</translation>
    </message>
    <message>
        <source>New visit from an article</source>
        <translation>زيارة جديدة من مقال</translation>
    </message>
    <message>
        <source>Paste a news article or press release about a visit (plain text or HTML), or open a file. The draft&apos;s imported fields are tinted until you check them.</source>
        <translation>ألصق خبرًا أو بيانًا صحفيًا عن زيارة (نصًا عاديًا أو HTML)، أو افتح ملفًا. تبقى الحقول المستوردة في المسودة مظلّلة إلى أن تتحقق منها.</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>نص المقال</translation>
    </message>
    <message>
        <source>Paste the article here</source>
        <translation>ألصق المقال هنا</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>فتح ملف…</translation>
    </message>
    <message>
        <source>Read the article from a text or HTML file</source>
        <translation>قراءة المقال من ملف نصي أو HTML</translation>
    </message>
    <message>
        <source>Open an article file</source>
        <translation>فتح ملف مقال</translation>
    </message>
    <message>
        <source>Article source</source>
        <translation>مصدر المقال</translation>
    </message>
    <message>
        <source>Import message</source>
        <translation>رسالة الاستيراد</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Visit records</source>
        <translation>سجلات الزيارات</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>كل الملفات</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>اجتماع جديد</translation>
    </message>
    <message>
        <source>Problems in the record</source>
        <translation>مشكلات في السجل</translation>
    </message>
    <message>
        <source>Imported fields to review</source>
        <translation>حقول مستوردة تنتظر المراجعة</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>ب&amp;حث…</translation>
    </message>
    <message>
        <source>Find and &amp;replace…</source>
        <translation>بحث و&amp;استبدال…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>الت&amp;فضيلات…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات ل&amp;وحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>إ&amp;عادة {step}</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;تراجع عن {step}</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>لا مشكلات</numerusform>
            <numerusform>مشكلة واحدة</numerusform>
            <numerusform>مشكلتان</numerusform>
            <numerusform>%n مشكلات</numerusform>
            <numerusform>%n مشكلةً</numerusform>
            <numerusform>%n مشكلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported field(s) to review</source>
        <translation>
            <numerusform>لا حقول مستوردة تنتظر المراجعة</numerusform>
            <numerusform>حقل مستورد واحد ينتظر المراجعة</numerusform>
            <numerusform>حقلان مستوردان ينتظران المراجعة</numerusform>
            <numerusform>%n حقول مستوردة تنتظر المراجعة</numerusform>
            <numerusform>%n حقلًا مستوردًا ينتظر المراجعة</numerusform>
            <numerusform>%n حقل مستورد ينتظر المراجعة</numerusform>
        </translation>
    </message>
    <message>
        <source>Add meeting</source>
        <translation>إضافة اجتماع</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (نسخة)</translation>
    </message>
    <message>
        <source>Duplicate meeting</source>
        <translation>تكرار الاجتماع</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>حذف الاجتماع</translation>
    </message>
    <message>
        <source>No spelling dictionary for &apos;{language}&apos;: spelling is not checked (Help › User guide says how to add one).</source>
        <translation>لا يوجد قاموس إملائي للغة «{language}»: لن يُدقَّق الإملاء (يشرح «مساعدة › دليل المستخدم» كيفية إضافة قاموس).</translation>
    </message>
    <message>
        <source>check the visitor</source>
        <translation>تحقّق من الزائر</translation>
    </message>
    <message>
        <source>Check the visitor: the article may point to {name}.</source>
        <translation>تحقّق من الزائر: قد يشير المقال إلى {name}.</translation>
    </message>
    <message>
        <source>Add meeting</source>
        <comment>undo step</comment>
        <translation>إضافة اجتماع</translation>
    </message>
    <message>
        <source>Duplicate meeting</source>
        <comment>undo step</comment>
        <translation>تكرار الاجتماع</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <comment>undo step</comment>
        <translation>حذف الاجتماع</translation>
    </message>
    <message>
        <source>Move meeting</source>
        <comment>undo step</comment>
        <translation>نقل الاجتماع</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Save the changes to {name}?</source>
        <translation>هل تريد حفظ التغييرات في {name}؟</translation>
    </message>
    <message numerus="yes">
        <source>Draft from the article: %n imported field(s) to review</source>
        <translation>
            <numerusform>مسودة من المقال: لا حقول مستوردة تنتظر المراجعة</numerusform>
            <numerusform>مسودة من المقال: حقل مستورد واحد ينتظر المراجعة</numerusform>
            <numerusform>مسودة من المقال: حقلان مستوردان ينتظران المراجعة</numerusform>
            <numerusform>مسودة من المقال: %n حقول مستوردة تنتظر المراجعة</numerusform>
            <numerusform>مسودة من المقال: %n حقلًا مستوردًا ينتظر المراجعة</numerusform>
            <numerusform>مسودة من المقال: %n حقل مستورد ينتظر المراجعة</numerusform>
        </translation>
    </message>
    <message>
        <source>Open visit record</source>
        <translation>فتح سجل زيارة</translation>
    </message>
    <message>
        <source>Cannot open the record</source>
        <translation>يتعذّر فتح السجل</translation>
    </message>
    <message>
        <source>Save visit record</source>
        <translation>حفظ سجل الزيارة</translation>
    </message>
    <message>
        <source>Replace the record?</source>
        <translation>استبدال السجل؟</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it? (The file it holds now is kept as a .bak copy.)</source>
        <translation>الملف {name} موجود بالفعل في {folder}. هل تريد استبداله؟ (يُحتفظ بالملف الحالي نسخةً احتياطية بامتداد .bak.)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>يتعذّر الحفظ</translation>
    </message>
    <message numerus="yes">
        <source>Saved {path} with %n problem(s) to fix</source>
        <translation>
            <numerusform>حُفظ {path} دون مشكلات</numerusform>
            <numerusform>حُفظ {path} مع مشكلة واحدة يلزم إصلاحها</numerusform>
            <numerusform>حُفظ {path} مع مشكلتين يلزم إصلاحهما</numerusform>
            <numerusform>حُفظ {path} مع %n مشكلات يلزم إصلاحها</numerusform>
            <numerusform>حُفظ {path} مع %n مشكلةً يلزم إصلاحها</numerusform>
            <numerusform>حُفظ {path} مع %n مشكلة يلزم إصلاحها</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>حُفظ {path}</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>تتعذّر الطباعة</translation>
    </message>
    <message>
        <source>Print the {template} brief</source>
        <translation>طباعة مذكرة الإحاطة بقالب {template}</translation>
    </message>
    <message>
        <source>The interface language changes when Briefing is restarted.</source>
        <translation>ستتغيّر لغة الواجهة عند إعادة تشغيل Briefing.</translation>
    </message>
    <message>
        <source>Briefing documents from visit records</source>
        <translation>مذكرات إحاطة من سجلات الزيارات</translation>
    </message>
    <message>
        <source>Open the sample visit</source>
        <translation>فتح الزيارة النموذجية</translation>
    </message>
    <message>
        <source>Open the bundled sample record</source>
        <translation>فتح السجل النموذجي المرفق</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>زيارة جديدة</translation>
    </message>
    <message>
        <source>Start a new visit record</source>
        <translation>إنشاء سجل زيارة جديد</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>فتح…</translation>
    </message>
    <message>
        <source>Open a visit record</source>
        <translation>فتح سجل زيارة</translation>
    </message>
    <message>
        <source>Open a record</source>
        <translation>فتح سجل</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>الملفات الأخيرة</translation>
    </message>
    <message>
        <source>Visit and document</source>
        <translation>الزيارة والوثيقة</translation>
    </message>
    <message>
        <source>Visit and document details</source>
        <translation>تفاصيل الزيارة والوثيقة</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add a meeting after the selected one (Ctrl+M)</source>
        <translation>إضافة اجتماع بعد الاجتماع المحدد (Ctrl+M)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <source>Duplicate the selected meeting</source>
        <translation>تكرار الاجتماع المحدد</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the selected meeting (Delete)</source>
        <translation>حذف الاجتماع المحدد (Delete)</translation>
    </message>
    <message>
        <source>Move the selected meeting up (Ctrl+Up)</source>
        <translation>نقل الاجتماع المحدد إلى الأعلى (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move meeting up</source>
        <translation>نقل الاجتماع إلى الأعلى</translation>
    </message>
    <message>
        <source>Move the selected meeting down (Ctrl+Down)</source>
        <translation>نقل الاجتماع المحدد إلى الأسفل (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Move meeting down</source>
        <translation>نقل الاجتماع إلى الأسفل</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>المحرّر</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>الملفات ال&amp;أخيرة</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;New visit</source>
        <translation>&amp;زيارة جديدة</translation>
    </message>
    <message>
        <source>New from &amp;article…</source>
        <translation>جديد من &amp;مقال…</translation>
    </message>
    <message>
        <source>Draft a visit record from a news article or press release</source>
        <translation>إعداد مسودة سجل زيارة من خبر أو بيان صحفي</translation>
    </message>
    <message>
        <source>&amp;Confirm all imported fields</source>
        <translation>ت&amp;أكيد كل الحقول المستوردة</translation>
    </message>
    <message>
        <source>Mark every field imported from the article as checked</source>
        <translation>وسم كل الحقول المستوردة من المقال بأنها رُوجعت</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <source>Open the &amp;sample visit</source>
        <translation>فتح الزيارة ال&amp;نموذجية</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>حفظ با&amp;سم…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Add meeting</source>
        <translation>إ&amp;ضافة اجتماع</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <source>&amp;About Briefing</source>
        <translation>&amp;حول Briefing</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>meeting title</source>
        <translation>عنوان الاجتماع</translation>
    </message>
    <message>
        <source>meeting id</source>
        <translation>معرّف الاجتماع</translation>
    </message>
    <message>
        <source>kind of meeting</source>
        <translation>نوع الاجتماع</translation>
    </message>
    <message>
        <source>meeting date</source>
        <translation>تاريخ الاجتماع</translation>
    </message>
    <message>
        <source>outside the visit dates</source>
        <translation>خارج تواريخ الزيارة</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>وقت البدء</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>وقت الانتهاء</translation>
    </message>
    <message>
        <source>location</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>press</source>
        <translation>الصحافة</translation>
    </message>
    <message>
        <source>marking</source>
        <translation>علامة التصنيف</translation>
    </message>
    <message>
        <source>New counterpart</source>
        <translation>محاور جديد</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>المحاورون</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>موضوع جديد</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>الموضوعات</translation>
    </message>
    <message>
        <source>Outcome (Markdown)</source>
        <translation>النتيجة (Markdown)</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>علامة التصنيف</translation>
    </message>
    <message>
        <source>New outcome</source>
        <translation>نتيجة جديدة</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>الجهة المسؤولة</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>إجراء جديد</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>إجراءات المتابعة</translation>
    </message>
    <message>
        <source>(document level)</source>
        <translation>(مستوى الوثيقة)</translation>
    </message>
    <message>
        <source>Edit sources</source>
        <comment>undo step</comment>
        <translation>تعديل المصادر</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Meeting title</source>
        <translation>عنوان الاجتماع</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Meeting id</source>
        <translation>معرّف الاجتماع</translation>
    </message>
    <message>
        <source>letters, digits, - and _</source>
        <translation>أحرف وأرقام و- و_</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>نوع الاجتماع</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>تاريخ الاجتماع</translation>
    </message>
    <message>
        <source>The date lies outside the visit on purpose</source>
        <translation>يقع التاريخ خارج مدة الزيارة عمدًا</translation>
    </message>
    <message>
        <source>Outside the visit dates</source>
        <translation>خارج تواريخ الزيارة</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>يبدأ</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>وقت البدء</translation>
    </message>
    <message>
        <source>00:00 means no time is set</source>
        <translation>00:00 يعني أن الوقت غير محدد</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>ينتهي</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>وقت الانتهاء</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>الصحافة</translation>
    </message>
    <message>
        <source>Meeting classification</source>
        <translation>تصنيف الاجتماع</translation>
    </message>
    <message>
        <source>Summary of discussion</source>
        <translation>ملخص المباحثات</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Counterparts and topics</source>
        <translation>المحاورون والموضوعات</translation>
    </message>
    <message>
        <source>Outcomes and follow-up</source>
        <translation>النتائج والمتابعة</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>إجراءات المتابعة</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <source>Consultations</source>
        <translation>مشاورات سياسية</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>اجتماع ثنائي</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>زيارة</translation>
    </message>
    <message>
        <source>Round-table</source>
        <translation>مائدة مستديرة</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>اجتماع</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>no location</source>
        <translation>المكان غير محدد</translation>
    </message>
    <message>
        <source>Move meeting</source>
        <comment>undo step</comment>
        <translation>نقل الاجتماع</translation>
    </message>
</context>
<context>
    <name>PersonColumns</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>بالخط الأصلي</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Pronunciation</source>
        <translation>النطق</translation>
    </message>
    <message>
        <source>Biography (Markdown)</source>
        <translation>السيرة الذاتية (Markdown)</translation>
    </message>
</context>
<context>
    <name>PhotosEditor</name>
    <message>
        <source>Image (relative to the record)</source>
        <translation>الصورة (مسار نسبي إلى السجل)</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>حقوق الصورة</translation>
    </message>
    <message>
        <source>Alt text (what it shows)</source>
        <translation>النص البديل (ما تُظهره الصورة)</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>علامة التصنيف</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>Add images…</source>
        <translation>إضافة صور…</translation>
    </message>
    <message>
        <source>Add photographs from image files (or drop the files here)</source>
        <translation>إضافة صور من ملفات صور (أو أفلت الملفات هنا)</translation>
    </message>
    <message>
        <source>Add photographs from image files</source>
        <translation>إضافة صور من ملفات صور</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>كل الملفات</translation>
    </message>
    <message>
        <source>Add photographs</source>
        <translation>إضافة صور</translation>
    </message>
    <message>
        <source>Add photograph</source>
        <comment>undo step</comment>
        <translation>إضافة صورة</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;لغة الواجهة:</translation>
    </message>
    <message>
        <source>Briefing speaks the chosen language from its next start.</source>
        <translation>سيستخدم Briefing اللغة المختارة بدءًا من تشغيله التالي.</translation>
    </message>
</context>
<context>
    <name>Press</name>
    <message>
        <source>Open</source>
        <translation>بحضور وسائل الإعلام</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>دون حضور وسائل الإعلام</translation>
    </message>
</context>
<context>
    <name>PreviewDock</name>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Preview template</source>
        <translation>قالب المعاينة</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>حالة المعاينة</translation>
    </message>
    <message>
        <source>Preview of the PDF</source>
        <translation>معاينة ملف PDF</translation>
    </message>
    <message>
        <source>Preview problems</source>
        <translation>مشكلات المعاينة</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>ال&amp;قالب:</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>جارٍ التحديث…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>لا صفحات</numerusform>
            <numerusform>صفحة واحدة</numerusform>
            <numerusform>صفحتان</numerusform>
            <numerusform>%n صفحات</numerusform>
            <numerusform>%n صفحةً</numerusform>
            <numerusform>%n صفحة</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview cannot be built:</source>
        <translation>يتعذّر إنشاء المعاينة:</translation>
    </message>
    <message>
        <source>The preview failed unexpectedly: {error}</source>
        <translation>فشلت المعاينة على نحو غير متوقع: {error}</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>لم تُحدَّث</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Step up</source>
        <translation>خطوة لأ&amp;على</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>خطوة لأ&amp;سفل</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Float</source>
        <translation>أعم</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>أغلق</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;حسنًا</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ا&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>أل&amp;غِ</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>أ&amp;غلق</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>أغلق بلا حفظ</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>أ&amp;عد</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;قصّ</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>ا&amp;نسخ</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>أل&amp;صق</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>احذف</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>حدّد الكلّ</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>احفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ألغِ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>أغلق</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ارفض</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>أ&amp;عد</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;قصّ</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>ا&amp;نسخ</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>انسخ و&amp;صلة المكان</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>أل&amp;صق</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>احذف</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>حدّد الكلّ</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>a new record</source>
        <translation>سجل جديد</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>استعادة العمل غير المحفوظ؟</translation>
    </message>
    <message>
        <source>Briefing stopped with unsaved changes to {name}. Restore them?</source>
        <translation>توقّف Briefing مع وجود تغييرات غير محفوظة في {name}. هل تريد استعادتها؟</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>the date the draft was made</source>
        <translation>تاريخ إعداد المسودة</translation>
    </message>
    <message>
        <source>the article names no visitor</source>
        <translation>لا يذكر المقال اسم الزائر</translation>
    </message>
    <message>
        <source>the article names no host country</source>
        <translation>لا يذكر المقال البلد المضيف</translation>
    </message>
    <message>
        <source>the article gives no date for the visit; the article&apos;s own date</source>
        <translation>لا يذكر المقال تاريخ الزيارة؛ تاريخ المقال نفسه</translation>
    </message>
    <message>
        <source>the article gives no dated visit; the date the draft was made</source>
        <translation>لا يذكر المقال زيارة مؤرّخة؛ تاريخ إعداد المسودة</translation>
    </message>
    <message>
        <source>the article&apos;s dates were out of order</source>
        <translation>جاءت تواريخ المقال في غير ترتيبها</translation>
    </message>
    <message>
        <source>the article has no headline</source>
        <translation>ليس للمقال عنوان</translation>
    </message>
    <message>
        <source>the article does not date this meeting; the visit&apos;s start</source>
        <translation>لا يذكر المقال تاريخ هذا اللقاء؛ بداية الزيارة</translation>
    </message>
    <message>
        <source>Placeholder: {reason}</source>
        <translation>قيمة مؤقتة: {reason}</translation>
    </message>
    <message>
        <source>From the article: {sentence}</source>
        <translation>من المقال: {sentence}</translation>
    </message>
    <message>
        <source>Not certain: the article may point to {value} instead.</source>
        <translation>غير مؤكد: قد يشير المقال بدلًا من ذلك إلى {value}.</translation>
    </message>
    <message>
        <source>Not certain: the article may point to {value} instead: {sentence}</source>
        <translation>غير مؤكد: قد يشير المقال بدلًا من ذلك إلى {value}: {sentence}</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add a row to {table}</source>
        <translation>إضافة صف إلى جدول «{table}»</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the selected row of {table}</source>
        <translation>حذف الصف المحدد من جدول «{table}»</translation>
    </message>
    <message>
        <source>Move the selected row of {table} up</source>
        <translation>نقل الصف المحدد في جدول «{table}» إلى الأعلى</translation>
    </message>
    <message>
        <source>Move the selected row of {table} down</source>
        <translation>نقل الصف المحدد في جدول «{table}» إلى الأسفل</translation>
    </message>
    <message>
        <source>Imported from the article</source>
        <translation>مستورد من المقال</translation>
    </message>
    <message>
        <source>Edit {table}</source>
        <comment>undo step</comment>
        <translation>تعديل جدول «{table}»</translation>
    </message>
    <message>
        <source>Add a row to {table}</source>
        <comment>undo step</comment>
        <translation>إضافة صف إلى جدول «{table}»</translation>
    </message>
    <message>
        <source>Delete a row of {table}</source>
        <comment>undo step</comment>
        <translation>حذف صف من جدول «{table}»</translation>
    </message>
    <message>
        <source>Move a row of {table}</source>
        <comment>undo step</comment>
        <translation>نقل صف في جدول «{table}»</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>SourcesEditor</name>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Address (https://…)</source>
        <translation>العنوان الإلكتروني (https://…)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>علامة التصنيف</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>مصدر جديد</translation>
    </message>
    <message>
        <source>Add source</source>
        <comment>undo step</comment>
        <translation>إضافة مصدر</translation>
    </message>
    <message>
        <source>Delete source</source>
        <comment>undo step</comment>
        <translation>حذف المصدر</translation>
    </message>
    <message>
        <source>Delete citation</source>
        <comment>undo step</comment>
        <translation>حذف الإحالة إلى المصدر</translation>
    </message>
    <message>
        <source>Delete a cited source?</source>
        <translation>حذف مصدر مُستشهَد به؟</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) cite source “{source}”. Delete it and its citations?</source>
        <translation>
            <numerusform>لا يستشهد أي اجتماع بالمصدر «{source}». هل تريد حذفه مع الإحالات إليه؟</numerusform>
            <numerusform>يستشهد اجتماع واحد بالمصدر «{source}». هل تريد حذفه مع الإحالات إليه؟</numerusform>
            <numerusform>يستشهد اجتماعان بالمصدر «{source}». هل تريد حذفه مع الإحالات إليه؟</numerusform>
            <numerusform>تستشهد %n اجتماعات بالمصدر «{source}». هل تريد حذفه مع الإحالات إليه؟</numerusform>
            <numerusform>يستشهد %n اجتماعًا بالمصدر «{source}». هل تريد حذفه مع الإحالات إليه؟</numerusform>
            <numerusform>يستشهد %n اجتماع بالمصدر «{source}». هل تريد حذفه مع الإحالات إليه؟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpellChecking</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(لا اقتراحات)</translation>
    </message>
    <message>
        <source>Add “{word}” to the dictionary</source>
        <translation>إضافة «{word}» إلى القاموس</translation>
    </message>
</context>
<context>
    <name>SummaryEditor</name>
    <message>
        <source>Summary text</source>
        <translation>نص الملخص</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <source>Summary formatting</source>
        <translation>تنسيق الملخص</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>غامق</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>مائل</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>قائمة نقطية</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>قائمة مرقّمة</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>رابط…</translation>
    </message>
    <message>
        <source>Edit summary</source>
        <comment>undo step</comment>
        <translation>تعديل الملخص</translation>
    </message>
    <message>
        <source>Insert link</source>
        <translation>إدراج رابط</translation>
    </message>
    <message>
        <source>Address (https://…):</source>
        <translation>العنوان (https://…):</translation>
    </message>
</context>
<context>
    <name>TextActions</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;قص</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;لصق</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>تحديد ال&amp;كل</translation>
    </message>
</context>
<context>
    <name>VisitPanel</name>
    <message>
        <source>Public</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>داخلي</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>مقيّد</translation>
    </message>
    <message>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>prepared by</source>
        <translation>المُعِدّ</translation>
    </message>
    <message>
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>classification levels</source>
        <translation>درجات السرية</translation>
    </message>
    <message>
        <source>classification level</source>
        <translation>درجة السرية</translation>
    </message>
    <message>
        <source>handling caveat</source>
        <translation>قيد التداول</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>التوزيع</translation>
    </message>
    <message>
        <source>principal&apos;s name</source>
        <translation>اسم رئيس الوفد</translation>
    </message>
    <message>
        <source>principal&apos;s name in own script</source>
        <translation>اسم رئيس الوفد بالخط الأصلي</translation>
    </message>
    <message>
        <source>principal&apos;s title</source>
        <translation>منصب رئيس الوفد</translation>
    </message>
    <message>
        <source>principal&apos;s organisation</source>
        <translation>جهة عمل رئيس الوفد</translation>
    </message>
    <message>
        <source>principal&apos;s country</source>
        <translation>بلد رئيس الوفد</translation>
    </message>
    <message>
        <source>principal&apos;s pronunciation</source>
        <translation>نطق اسم رئيس الوفد</translation>
    </message>
    <message>
        <source>principal&apos;s biography</source>
        <translation>السيرة الذاتية لرئيس الوفد</translation>
    </message>
    <message>
        <source>host country</source>
        <translation>البلد المضيف</translation>
    </message>
    <message>
        <source>places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>الغرض من الزيارة</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>عضو جديد</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>الوفد</translation>
    </message>
    <message>
        <source>Key point (Markdown)</source>
        <translation>نقطة رئيسية (Markdown)</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>علامة التصنيف</translation>
    </message>
    <message>
        <source>New key point</source>
        <translation>نقطة رئيسية جديدة</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>النقاط الرئيسية</translation>
    </message>
    <message>
        <source>Paragraph (Markdown)</source>
        <translation>الفقرة (Markdown)</translation>
    </message>
    <message>
        <source>New paragraph</source>
        <translation>فقرة جديدة</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>معلومات أساسية</translation>
    </message>
    <message>
        <source>Change classification scheme</source>
        <comment>undo step</comment>
        <translation>تغيير نظام التصنيف</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>عنوان الوثيقة</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>e.g. BRF-2025-014</source>
        <translation>مثال: BRF-2025-014</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>إعداد</translation>
    </message>
    <message>
        <source>Analyst or unit</source>
        <translation>المحلّل أو الوحدة</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>تاريخ الإعداد</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>لغة الوثيقة</translation>
    </message>
    <message>
        <source>BCP 47 tag, e.g. en</source>
        <translation>وسم BCP 47، مثل en</translation>
    </message>
    <message>
        <source>Classification scheme</source>
        <translation>نظام التصنيف</translation>
    </message>
    <message>
        <source>Custom levels</source>
        <translation>درجات مخصّصة</translation>
    </message>
    <message>
        <source>Custom classification levels</source>
        <translation>درجات سرية مخصّصة</translation>
    </message>
    <message>
        <source>The levels of a custom scheme, lowest first, separated by semicolons</source>
        <translation>مستويات النظام المخصّص من الأدنى إلى الأعلى، مفصولة بفواصل منقوطة (;)</translation>
    </message>
    <message>
        <source>lowest first, e.g. Public; Internal; Restricted</source>
        <translation>من الأدنى، مثل: عام; داخلي; مقيّد</translation>
    </message>
    <message>
        <source>Classification level</source>
        <translation>درجة السرية</translation>
    </message>
    <message>
        <source>Handling caveat</source>
        <translation>قيد التداول</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>التوزيع</translation>
    </message>
    <message>
        <source>Distribution list</source>
        <translation>قائمة التوزيع</translation>
    </message>
    <message>
        <source>One recipient per line</source>
        <translation>مستلم واحد في كل سطر</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>الزيارة</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>رئيس الوفد</translation>
    </message>
    <message>
        <source>Principal&apos;s name</source>
        <translation>اسم رئيس الوفد</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>الاسم بالخط الأصلي</translation>
    </message>
    <message>
        <source>Principal&apos;s name in own script</source>
        <translation>اسم رئيس الوفد بالخط الأصلي</translation>
    </message>
    <message>
        <source>As written in its own script, e.g. هيام الياسري</source>
        <translation>كما يُكتب بخطّه الأصلي، مثل: هيام الياسري</translation>
    </message>
    <message>
        <source>Principal&apos;s title</source>
        <translation>منصب رئيس الوفد</translation>
    </message>
    <message>
        <source>Principal&apos;s organisation</source>
        <translation>جهة عمل رئيس الوفد</translation>
    </message>
    <message>
        <source>Principal&apos;s country</source>
        <translation>بلد رئيس الوفد</translation>
    </message>
    <message>
        <source>Pronunciation</source>
        <translation>النطق</translation>
    </message>
    <message>
        <source>Pronunciation of the principal&apos;s name</source>
        <translation>نطق اسم رئيس الوفد</translation>
    </message>
    <message>
        <source>e.g. YAL-chin ra-FEE-yev</source>
        <translation>مثال: YAL-chin ra-FEE-yev</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>السيرة الذاتية</translation>
    </message>
    <message>
        <source>Principal&apos;s biography (Markdown)</source>
        <translation>السيرة الذاتية لرئيس الوفد (Markdown)</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>البلد المضيف</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Separated by semicolons</source>
        <translation>مفصولة بفواصل منقوطة (;)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Background paragraphs</source>
        <translation>فقرات المعلومات الأساسية</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>الصور</translation>
    </message>
</context>
</TS>

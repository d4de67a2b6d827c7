<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Licence: {licence}. Fonts: Noto, {fonts}.</source>
        <translation>Lisans: {licence}. Yazı tipleri: Noto, {fonts}.</translation>
    </message>
    <message>
        <source>About Briefing</source>
        <translation>Briefing hakkında</translation>
    </message>
    <message>
        <source>Briefing icon</source>
        <translation>Briefing simgesi</translation>
    </message>
    <message>
        <source>Briefing turns visit records into formatted briefings in PDF and Word (DOCX).</source>
        <translation>Briefing, ziyaret kayıtlarını PDF ve Word (DOCX) biçiminde düzenlenmiş brifing notlarına dönüştürür.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;guide&quot;&gt;Open the user guide&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;guide&quot;&gt;Kullanım kılavuzunu aç&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Open the user guide</source>
        <translation>Kullanım kılavuzunu aç</translation>
    </message>
</context>
<context>
    <name>Binder</name>
    <message>
        <source>Imported from the article: check it, then edit it or confirm all imported fields.</source>
        <translation>Makaleden içe aktarıldı: kontrol edin, ardından düzenleyin ya da içe aktarılan tüm alanları onaylayın.</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <comment>undo step</comment>
        <translation>“{field}” alanını düzenleme</translation>
    </message>
</context>
<context>
    <name>ClassificationScheme</name>
    <message>
        <source>none (no markings)</source>
        <translation>yok (işaretsiz)</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>özel</translation>
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
        <translation>kaydedilmemiş çalışmayı geri yükleme</translation>
    </message>
    <message>
        <source>Import article</source>
        <comment>undo step</comment>
        <translation>makaleyi içe aktarma</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>undo step</comment>
        <translation>düzenleme</translation>
    </message>
    <message>
        <source>Confirm imported fields</source>
        <comment>undo step</comment>
        <translation>içe aktarılan alanları onaylama</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Dışa aktar</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>En az bir biçim seçin.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Dışa aktarılıyor…</translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation>Yazıldı: {file}</translation>
    </message>
    <message>
        <source>Exported:</source>
        <translation>Dışa aktarıldı:</translation>
    </message>
    <message>
        <source>Export failed unexpectedly: {error}</source>
        <translation>Dışa aktarma beklenmedik biçimde başarısız oldu: {error}</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Dosyalar değiştirilsin mi?</translation>
    </message>
    <message>
        <source>These files are already in {folder}:
{names}
Replace them?</source>
        <translation>Bu dosyalar {folder} klasöründe zaten var:
{names}
Değiştirilsinler mi?</translation>
    </message>
    <message>
        <source>Full edition</source>
        <translation>Tam sürüm</translation>
    </message>
    <message>
        <source>Releasable at {level}</source>
        <translation>{level} düzeyinde paylaşılabilir</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Dışa aktarma konumu</translation>
    </message>
    <message>
        <source>Export briefing</source>
        <translation>Brifingi dışa aktar</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Şablon</translation>
    </message>
    <message>
        <source>Template description</source>
        <translation>Şablon açıklaması</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Biçimler</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF olarak dışa aktar</translation>
    </message>
    <message>
        <source>Word (DOCX)</source>
        <translation>Word (DOCX)</translation>
    </message>
    <message>
        <source>Export DOCX</source>
        <translation>DOCX olarak dışa aktar</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <source>Edition: full, or releasable at a level</source>
        <translation>Sürüm: tam ya da belirli bir düzeyde paylaşılabilir</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Hedef klasör</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Gözat…</translation>
    </message>
    <message>
        <source>Choose destination folder</source>
        <translation>Hedef klasörü seç</translation>
    </message>
    <message>
        <source>The record has problems; click one to go to the field:</source>
        <translation>Kayıtta sorunlar var; alana gitmek için birine tıklayın:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Sorunlar</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Dışa aktarma ilerlemesi</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Dışa aktarma durumu</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Dosyayı aç</translation>
    </message>
    <message>
        <source>Open the exported file</source>
        <translation>Dışa aktarılan dosyayı aç</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Klasörü aç</translation>
    </message>
    <message>
        <source>Open the destination folder</source>
        <translation>Hedef klasörü aç</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and replace</source>
        <translation>Bul ve değiştir</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Aranan</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Yerine konacak</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Büyük/küçük &amp;harf duyarlı</translation>
    </message>
    <message>
        <source>Find status</source>
        <translation>Arama durumu</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>&amp;Sonrakini bul</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Değiştir</translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation>&amp;Tümünü değiştir</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Aranan:</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>&amp;Yerine konacak:</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Bulunamadı.</translation>
    </message>
    <message>
        <source>{position} of {count}: {field}</source>
        <translation>{position}/{count}: {field}</translation>
    </message>
    <message>
        <source>Replace</source>
        <comment>undo step</comment>
        <translation>değiştirme</translation>
    </message>
    <message>
        <source>Replace all “{text}”</source>
        <comment>undo step</comment>
        <translation>tüm “{text}” ifadelerini değiştirme</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n.</source>
        <translation>
            <numerusform>%n değiştirme yapıldı.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <source>open</source>
        <translation>açık</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>devam ediyor</translation>
    </message>
    <message>
        <source>done</source>
        <translation>tamamlandı</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>iptal edildi</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>{name} — user guide</source>
        <translation>{name} — kullanım kılavuzu</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Kullanım kılavuzu</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Create draft</source>
        <translation>Taslak oluştur</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Makaleler</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tüm dosyalar</translation>
    </message>
    <message>
        <source>Open an article</source>
        <translation>Makale aç</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>{name} okunamıyor: {reason}</translation>
    </message>
    <message>
        <source>{name}: too large to import: over {megabytes} MB</source>
        <translation>{name}: içe aktarmak için çok büyük: {megabytes} MB’tan fazla</translation>
    </message>
    <message>
        <source>{name}: too long to import: {length} characters of text, at most {limit}; import the part about the visit</source>
        <translation>{name}: içe aktarmak için çok uzun: {length} karakter metin, en çok {limit}; ziyaretle ilgili bölümü içe aktarın</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>yapıştırılan metin</translation>
    </message>
    <message>
        <source>Paste an article or open a file first.</source>
        <translation>Önce bir makale yapıştırın ya da bir dosya açın.</translation>
    </message>
    <message>
        <source>article</source>
        <translation>makale</translation>
    </message>
    <message>
        <source>New visit from an article</source>
        <translation>Makaleden yeni ziyaret</translation>
    </message>
    <message>
        <source>Paste a news article or press release about a visit (plain text or HTML), or open a file. The draft&apos;s imported fields are tinted until you check them.</source>
        <translation>Bir ziyaretle ilgili haber makalesini ya da basın bildirisini (düz metin veya HTML) yapıştırın veya bir dosya açın. Taslağın içe aktarılan alanları siz kontrol edene kadar renkli gösterilir.</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Makale metni</translation>
    </message>
    <message>
        <source>Paste the article here</source>
        <translation>Makaleyi buraya yapıştırın</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Dosya aç…</translation>
    </message>
    <message>
        <source>Read the article from a text or HTML file</source>
        <translation>Makaleyi bir metin ya da HTML dosyasından oku</translation>
    </message>
    <message>
        <source>Open an article file</source>
        <translation>Makale dosyası aç</translation>
    </message>
    <message>
        <source>Article source</source>
        <translation>Makale kaynağı</translation>
    </message>
    <message>
        <source>Import message</source>
        <translation>İçe aktarma iletisi</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Visit records</source>
        <translation>Ziyaret kayıtları</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tüm dosyalar</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Yeni görüşme</translation>
    </message>
    <message>
        <source>Problems in the record</source>
        <translation>Kayıttaki sorunlar</translation>
    </message>
    <message>
        <source>Imported fields to review</source>
        <translation>Kontrol edilecek içe aktarılmış alanlar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Ya&amp;zdır…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Bul…</translation>
    </message>
    <message>
        <source>Find and &amp;replace…</source>
        <translation>Bul ve &amp;değiştir…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Te&amp;rcihler…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Klavye &amp;kısayolları</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Yinele: {step}</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Geri al: {step}</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Ana araç çubuğu</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n sorun</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported field(s) to review</source>
        <translation>
            <numerusform>Kontrol edilecek %n içe aktarılmış alan</numerusform>
        </translation>
    </message>
    <message>
        <source>Add meeting</source>
        <translation>Görüşme ekle</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (kopya)</translation>
    </message>
    <message>
        <source>Duplicate meeting</source>
        <translation>Görüşmeyi çoğalt</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Görüşmeyi sil</translation>
    </message>
    <message>
        <source>No spelling dictionary for &apos;{language}&apos;: spelling is not checked (Help › User guide says how to add one).</source>
        <translation>“{language}” için yazım sözlüğü yok: yazım denetlenmiyor (nasıl ekleneceği Yardım › Kullanım kılavuzu’nda anlatılıyor).</translation>
    </message>
    <message>
        <source>check the visitor</source>
        <translation>ziyaretçiyi kontrol edin</translation>
    </message>
    <message>
        <source>Check the visitor: the article may point to {name}.</source>
        <translation>Ziyaretçiyi kontrol edin: makale {name} kişisini işaret ediyor olabilir.</translation>
    </message>
    <message>
        <source>Add meeting</source>
        <comment>undo step</comment>
        <translation>görüşme ekleme</translation>
    </message>
    <message>
        <source>Duplicate meeting</source>
        <comment>undo step</comment>
        <translation>görüşmeyi çoğaltma</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <comment>undo step</comment>
        <translation>görüşmeyi silme</translation>
    </message>
    <message>
        <source>Move meeting</source>
        <comment>undo step</comment>
        <translation>görüşmeyi taşıma</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Kaydedilmemiş değişiklikler</translation>
    </message>
    <message>
        <source>Save the changes to {name}?</source>
        <translation>{name} dosyasındaki değişiklikler kaydedilsin mi?</translation>
    </message>
    <message numerus="yes">
        <source>Draft from the article: %n imported field(s) to review</source>
        <translation>
            <numerusform>Makaleden taslak: kontrol edilecek %n içe aktarılmış alan</numerusform>
        </translation>
    </message>
    <message>
        <source>Open visit record</source>
        <translation>Ziyaret kaydını aç</translation>
    </message>
    <message>
        <source>Cannot open the record</source>
        <translation>Kayıt açılamıyor</translation>
    </message>
    <message>
        <source>Save visit record</source>
        <translation>Ziyaret kaydını kaydet</translation>
    </message>
    <message>
        <source>Replace the record?</source>
        <translation>Kayıt değiştirilsin mi?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it? (The file it holds now is kept as a .bak copy.)</source>
        <translation>{name}, {folder} klasöründe zaten var. Değiştirilsin mi? (Şu anki dosya .bak kopyası olarak saklanır.)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Kaydedilemiyor</translation>
    </message>
    <message numerus="yes">
        <source>Saved {path} with %n problem(s) to fix</source>
        <translation>
            <numerusform>{path} kaydedildi; düzeltilecek %n sorun var</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} kaydedildi</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Yazdırılamıyor</translation>
    </message>
    <message>
        <source>Print the {template} brief</source>
        <translation>{template} şablonlu brifingi yazdır</translation>
    </message>
    <message>
        <source>The interface language changes when Briefing is restarted.</source>
        <translation>Arayüz dili, Briefing yeniden başlatıldığında değişecek.</translation>
    </message>
    <message>
        <source>Briefing documents from visit records</source>
        <translation>Ziyaret kayıtlarından brifing belgeleri</translation>
    </message>
    <message>
        <source>Open the sample visit</source>
        <translation>Örnek ziyareti aç</translation>
    </message>
    <message>
        <source>Open the bundled sample record</source>
        <translation>Birlikte gelen örnek kaydı aç</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Yeni ziyaret</translation>
    </message>
    <message>
        <source>Start a new visit record</source>
        <translation>Yeni bir ziyaret kaydı başlat</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Aç…</translation>
    </message>
    <message>
        <source>Open a visit record</source>
        <translation>Bir ziyaret kaydı aç</translation>
    </message>
    <message>
        <source>Open a record</source>
        <translation>Kayıt aç</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Son kullanılan dosyalar</translation>
    </message>
    <message>
        <source>Visit and document</source>
        <translation>Ziyaret ve belge</translation>
    </message>
    <message>
        <source>Visit and document details</source>
        <translation>Ziyaret ve belge ayrıntıları</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Görüşmeler</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>Add a meeting after the selected one (Ctrl+M)</source>
        <translation>Seçili görüşmenin ardına görüşme ekle (Ctrl+M)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Çoğalt</translation>
    </message>
    <message>
        <source>Duplicate the selected meeting</source>
        <translation>Seçili görüşmeyi çoğalt</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Delete the selected meeting (Delete)</source>
        <translation>Seçili görüşmeyi sil (Delete)</translation>
    </message>
    <message>
        <source>Move the selected meeting up (Ctrl+Up)</source>
        <translation>Seçili görüşmeyi yukarı taşı (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move meeting up</source>
        <translation>Görüşmeyi yukarı taşı</translation>
    </message>
    <message>
        <source>Move the selected meeting down (Ctrl+Down)</source>
        <translation>Seçili görüşmeyi aşağı taşı (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Move meeting down</source>
        <translation>Görüşmeyi aşağı taşı</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Düzenleyici</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Son kullanılanlar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;New visit</source>
        <translation>&amp;Yeni ziyaret</translation>
    </message>
    <message>
        <source>New from &amp;article…</source>
        <translation>&amp;Makaleden yeni…</translation>
    </message>
    <message>
        <source>Draft a visit record from a news article or press release</source>
        <translation>Bir haber makalesinden ya da basın bildirisinden ziyaret kaydı taslağı hazırla</translation>
    </message>
    <message>
        <source>&amp;Confirm all imported fields</source>
        <translation>İçe aktarılan tüm alanları &amp;onayla</translation>
    </message>
    <message>
        <source>Mark every field imported from the article as checked</source>
        <translation>Makaleden içe aktarılan tüm alanları kontrol edildi olarak işaretle</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Aç…</translation>
    </message>
    <message>
        <source>Open the &amp;sample visit</source>
        <translation>Ö&amp;rnek ziyareti aç</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>&amp;Farklı kaydet…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Dışa aktar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <source>&amp;Add meeting</source>
        <translation>Görüşme &amp;ekle</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Kullanım kılavuzu</translation>
    </message>
    <message>
        <source>&amp;About Briefing</source>
        <translation>Briefing &amp;hakkında</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>meeting title</source>
        <translation>görüşme başlığı</translation>
    </message>
    <message>
        <source>meeting id</source>
        <translation>görüşme kimliği</translation>
    </message>
    <message>
        <source>kind of meeting</source>
        <translation>görüşme türü</translation>
    </message>
    <message>
        <source>meeting date</source>
        <translation>görüşme tarihi</translation>
    </message>
    <message>
        <source>outside the visit dates</source>
        <translation>ziyaret tarihleri dışında</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>başlangıç saati</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>bitiş saati</translation>
    </message>
    <message>
        <source>location</source>
        <translation>yer</translation>
    </message>
    <message>
        <source>press</source>
        <translation>basın</translation>
    </message>
    <message>
        <source>marking</source>
        <translation>gizlilik işareti</translation>
    </message>
    <message>
        <source>New counterpart</source>
        <translation>Yeni muhatap</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>Muhataplar</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Konu</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Yeni konu</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Konular</translation>
    </message>
    <message>
        <source>Outcome (Markdown)</source>
        <translation>Sonuç (Markdown)</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Gizlilik işareti</translation>
    </message>
    <message>
        <source>New outcome</source>
        <translation>Yeni sonuç</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Sonuçlar</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Yapılacak işlem</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Son tarih</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Yeni işlem</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Takip edilecek hususlar</translation>
    </message>
    <message>
        <source>(document level)</source>
        <translation>(belge düzeyi)</translation>
    </message>
    <message>
        <source>Edit sources</source>
        <comment>undo step</comment>
        <translation>kaynakları düzenleme</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Görüşme</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Meeting title</source>
        <translation>Görüşme başlığı</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kimlik</translation>
    </message>
    <message>
        <source>Meeting id</source>
        <translation>Görüşme kimliği</translation>
    </message>
    <message>
        <source>letters, digits, - and _</source>
        <translation>harfler, rakamlar, - ve _</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Görüşme türü</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Görüşme tarihi</translation>
    </message>
    <message>
        <source>The date lies outside the visit on purpose</source>
        <translation>Tarih bilerek ziyaret süresinin dışında</translation>
    </message>
    <message>
        <source>Outside the visit dates</source>
        <translation>Ziyaret tarihleri dışında</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Başlangıç saati</translation>
    </message>
    <message>
        <source>00:00 means no time is set</source>
        <translation>00:00, saatin belirtilmediği anlamına gelir</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Bitiş saati</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Basın</translation>
    </message>
    <message>
        <source>Meeting classification</source>
        <translation>Görüşmenin gizlilik derecesi</translation>
    </message>
    <message>
        <source>Summary of discussion</source>
        <translation>Görüşmenin özeti</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Özet</translation>
    </message>
    <message>
        <source>Counterparts and topics</source>
        <translation>Muhataplar ve konular</translation>
    </message>
    <message>
        <source>Outcomes and follow-up</source>
        <translation>Sonuçlar ve takip</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Takip edilecek hususlar</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Kaynaklar</translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <source>Consultations</source>
        <translation>Siyasi istişareler</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>İkili görüşme</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telefon görüşmesi</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Ziyaret</translation>
    </message>
    <message>
        <source>Round-table</source>
        <translation>Yuvarlak masa toplantısı</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Görüşme</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(başlıksız)</translation>
    </message>
    <message>
        <source>no location</source>
        <translation>yer belirtilmemiş</translation>
    </message>
    <message>
        <source>Move meeting</source>
        <comment>undo step</comment>
        <translation>görüşmeyi taşıma</translation>
    </message>
</context>
<context>
    <name>PersonColumns</name>
    <message>
        <source>Name</source>
        <translation>Adı soyadı</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>Özgün yazım</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Görevi</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <source>Pronunciation</source>
        <translation>Okunuş</translation>
    </message>
    <message>
        <source>Biography (Markdown)</source>
        <translation>Biyografi (Markdown)</translation>
    </message>
</context>
<context>
    <name>PhotosEditor</name>
    <message>
        <source>Image (relative to the record)</source>
        <translation>Görüntü (kayda göre göreli yol)</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Alt yazı</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Telif bilgisi</translation>
    </message>
    <message>
        <source>Alt text (what it shows)</source>
        <translation>Alternatif metin (ne gösterdiği)</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Gizlilik işareti</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotoğraflar</translation>
    </message>
    <message>
        <source>Add images…</source>
        <translation>Görüntü ekle…</translation>
    </message>
    <message>
        <source>Add photographs from image files (or drop the files here)</source>
        <translation>Görüntü dosyalarından fotoğraf ekle (ya da dosyaları buraya bırakın)</translation>
    </message>
    <message>
        <source>Add photographs from image files</source>
        <translation>Görüntü dosyalarından fotoğraf ekle</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Görüntüler</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tüm dosyalar</translation>
    </message>
    <message>
        <source>Add photographs</source>
        <translation>Fotoğraf ekle</translation>
    </message>
    <message>
        <source>Add photograph</source>
        <comment>undo step</comment>
        <translation>fotoğraf ekleme</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Tercihler</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Arayüz dili</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Sistem varsayılanı</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Arayüz dili:</translation>
    </message>
    <message>
        <source>Briefing speaks the chosen language from its next start.</source>
        <translation>Briefing seçilen dili bir sonraki açılışından itibaren kullanır.</translation>
    </message>
</context>
<context>
    <name>Press</name>
    <message>
        <source>Open</source>
        <translation>Basına açık</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Basına kapalı</translation>
    </message>
</context>
<context>
    <name>PreviewDock</name>
    <message>
        <source>Preview</source>
        <translation>Önizleme</translation>
    </message>
    <message>
        <source>Preview template</source>
        <translation>Önizleme şablonu</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Önizleme durumu</translation>
    </message>
    <message>
        <source>Preview of the PDF</source>
        <translation>PDF önizlemesi</translation>
    </message>
    <message>
        <source>Preview problems</source>
        <translation>Önizleme sorunları</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>Ş&amp;ablon:</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Güncelleniyor…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sayfa</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview cannot be built:</source>
        <translation>Önizleme oluşturulamıyor:</translation>
    </message>
    <message>
        <source>The preview failed unexpectedly: {error}</source>
        <translation>Önizleme beklenmedik biçimde başarısız oldu: {error}</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Güncellenmedi</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Yukarı çık</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Aşağı in</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Float</source>
        <translation>Yüzen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Tamam</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>İ&amp;ptal</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Kapat</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Kaydetmeden Kapat</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri Al</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kes</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Ko&amp;pyala</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Yapıştır</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tümünü Seç</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>At</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Evet</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Hayır</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri Al</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kes</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Ko&amp;pyala</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Bağlantı Konumunu Kopyala</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Yapıştır</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tümünü Seç</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>a new record</source>
        <translation>yeni bir kayıt</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Kaydedilmemiş çalışma geri yüklensin mi?</translation>
    </message>
    <message>
        <source>Briefing stopped with unsaved changes to {name}. Restore them?</source>
        <translation>Briefing, {name} üzerinde kaydedilmemiş değişikliklerle kapandı. Değişiklikler geri yüklensin mi?</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>the date the draft was made</source>
        <translation>taslağın hazırlandığı tarih</translation>
    </message>
    <message>
        <source>the article names no visitor</source>
        <translation>makalede ziyaretçinin adı geçmiyor</translation>
    </message>
    <message>
        <source>the article names no host country</source>
        <translation>makalede ev sahibi ülke belirtilmiyor</translation>
    </message>
    <message>
        <source>the article gives no date for the visit; the article&apos;s own date</source>
        <translation>makalede ziyaretin tarihi verilmiyor; makalenin kendi tarihi</translation>
    </message>
    <message>
        <source>the article gives no dated visit; the date the draft was made</source>
        <translation>makalede tarihli bir ziyaret yok; taslağın hazırlandığı tarih</translation>
    </message>
    <message>
        <source>the article&apos;s dates were out of order</source>
        <translation>makaledeki tarihler sırasızdı</translation>
    </message>
    <message>
        <source>the article has no headline</source>
        <translation>makalenin başlığı yok</translation>
    </message>
    <message>
        <source>the article does not date this meeting; the visit&apos;s start</source>
        <translation>makalede bu görüşmenin tarihi verilmiyor; ziyaretin başlangıcı</translation>
    </message>
    <message>
        <source>Placeholder: {reason}</source>
        <translation>Yer tutucu: {reason}</translation>
    </message>
    <message>
        <source>From the article: {sentence}</source>
        <translation>Makaleden: {sentence}</translation>
    </message>
    <message>
        <source>Not certain: the article may point to {value} instead.</source>
        <translation>Kesin değil: makale bunun yerine {value} kişisini işaret ediyor olabilir.</translation>
    </message>
    <message>
        <source>Not certain: the article may point to {value} instead: {sentence}</source>
        <translation>Kesin değil: makale bunun yerine {value} kişisini işaret ediyor olabilir: {sentence}</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>Add a row to {table}</source>
        <translation>“{table}” tablosuna satır ekle</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Delete the selected row of {table}</source>
        <translation>“{table}” tablosundaki seçili satırı sil</translation>
    </message>
    <message>
        <source>Move the selected row of {table} up</source>
        <translation>“{table}” tablosundaki seçili satırı yukarı taşı</translation>
    </message>
    <message>
        <source>Move the selected row of {table} down</source>
        <translation>“{table}” tablosundaki seçili satırı aşağı taşı</translation>
    </message>
    <message>
        <source>Imported from the article</source>
        <translation>Makaleden içe aktarıldı</translation>
    </message>
    <message>
        <source>Edit {table}</source>
        <comment>undo step</comment>
        <translation>“{table}” tablosunu düzenleme</translation>
    </message>
    <message>
        <source>Add a row to {table}</source>
        <comment>undo step</comment>
        <translation>“{table}” tablosuna satır ekleme</translation>
    </message>
    <message>
        <source>Delete a row of {table}</source>
        <comment>undo step</comment>
        <translation>“{table}” tablosundan satır silme</translation>
    </message>
    <message>
        <source>Move a row of {table}</source>
        <comment>undo step</comment>
        <translation>“{table}” tablosunda satır taşıma</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klavye kısayolları</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Komut</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tuşlar</translation>
    </message>
</context>
<context>
    <name>SourcesEditor</name>
    <message>
        <source>Id</source>
        <translation>Kimlik</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Yayıncı</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Address (https://…)</source>
        <translation>Adres (https://…)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Gizlilik işareti</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Kaynaklar</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Yeni kaynak</translation>
    </message>
    <message>
        <source>Add source</source>
        <comment>undo step</comment>
        <translation>kaynak ekleme</translation>
    </message>
    <message>
        <source>Delete source</source>
        <comment>undo step</comment>
        <translation>kaynağı silme</translation>
    </message>
    <message>
        <source>Delete citation</source>
        <comment>undo step</comment>
        <translation>kaynak atfını silme</translation>
    </message>
    <message>
        <source>Delete a cited source?</source>
        <translation>Atıf yapılan kaynak silinsin mi?</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) cite source “{source}”. Delete it and its citations?</source>
        <translation>
            <numerusform>%n görüşme “{source}” kaynağına atıf yapıyor. Kaynak, atıflarıyla birlikte silinsin mi?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpellChecking</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(öneri yok)</translation>
    </message>
    <message>
        <source>Add “{word}” to the dictionary</source>
        <translation>“{word}” sözcüğünü sözlüğe ekle</translation>
    </message>
</context>
<context>
    <name>SummaryEditor</name>
    <message>
        <source>Summary text</source>
        <translation>Özet metni</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Biçimlendirme</translation>
    </message>
    <message>
        <source>Summary formatting</source>
        <translation>Özet biçimlendirmesi</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Kalın</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>İtalik</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Madde işaretli liste</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Numaralı liste</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Bağlantı…</translation>
    </message>
    <message>
        <source>Edit summary</source>
        <comment>undo step</comment>
        <translation>özeti düzenleme</translation>
    </message>
    <message>
        <source>Insert link</source>
        <translation>Bağlantı ekle</translation>
    </message>
    <message>
        <source>Address (https://…):</source>
        <translation>Adres (https://…):</translation>
    </message>
</context>
<context>
    <name>TextActions</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kes</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>K&amp;opyala</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Yapıştır</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Tümünü seç</translation>
    </message>
</context>
<context>
    <name>VisitPanel</name>
    <message>
        <source>Public</source>
        <translation>Genel</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Hizmete özel</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Kısıtlı</translation>
    </message>
    <message>
        <source>title</source>
        <translation>başlık</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>sayı</translation>
    </message>
    <message>
        <source>prepared by</source>
        <translation>hazırlayan</translation>
    </message>
    <message>
        <source>date</source>
        <translation>tarih</translation>
    </message>
    <message>
        <source>language</source>
        <translation>dil</translation>
    </message>
    <message>
        <source>classification levels</source>
        <translation>gizlilik dereceleri</translation>
    </message>
    <message>
        <source>classification level</source>
        <translation>gizlilik derecesi</translation>
    </message>
    <message>
        <source>handling caveat</source>
        <translation>dağıtım kısıtı</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>dağıtım</translation>
    </message>
    <message>
        <source>principal&apos;s name</source>
        <translation>heyet başkanının adı</translation>
    </message>
    <message>
        <source>principal&apos;s name in own script</source>
        <translation>heyet başkanının özgün alfabesindeki adı</translation>
    </message>
    <message>
        <source>principal&apos;s title</source>
        <translation>heyet başkanının unvanı</translation>
    </message>
    <message>
        <source>principal&apos;s organisation</source>
        <translation>heyet başkanının kurumu</translation>
    </message>
    <message>
        <source>principal&apos;s country</source>
        <translation>heyet başkanının ülkesi</translation>
    </message>
    <message>
        <source>principal&apos;s pronunciation</source>
        <translation>heyet başkanının adının okunuşu</translation>
    </message>
    <message>
        <source>principal&apos;s biography</source>
        <translation>heyet başkanının biyografisi</translation>
    </message>
    <message>
        <source>host country</source>
        <translation>ev sahibi ülke</translation>
    </message>
    <message>
        <source>places</source>
        <translation>yerler</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>başlangıç tarihi</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>bitiş tarihi</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>ziyaretin amacı</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Yeni üye</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Heyet</translation>
    </message>
    <message>
        <source>Key point (Markdown)</source>
        <translation>Ana husus (Markdown)</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Gizlilik işareti</translation>
    </message>
    <message>
        <source>New key point</source>
        <translation>Yeni ana husus</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Ana hususlar</translation>
    </message>
    <message>
        <source>Paragraph (Markdown)</source>
        <translation>Paragraf (Markdown)</translation>
    </message>
    <message>
        <source>New paragraph</source>
        <translation>Yeni paragraf</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Arka plan</translation>
    </message>
    <message>
        <source>Change classification scheme</source>
        <comment>undo step</comment>
        <translation>gizlilik şemasını değiştirme</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>Belge başlığı</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Sayı</translation>
    </message>
    <message>
        <source>e.g. BRF-2025-014</source>
        <translation>ör. BRF-2025-014</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Hazırlayan</translation>
    </message>
    <message>
        <source>Analyst or unit</source>
        <translation>Analist ya da birim</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Hazırlanma tarihi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Belge dili</translation>
    </message>
    <message>
        <source>BCP 47 tag, e.g. en</source>
        <translation>BCP 47 etiketi, ör. en</translation>
    </message>
    <message>
        <source>Classification scheme</source>
        <translation>Gizlilik şeması</translation>
    </message>
    <message>
        <source>Custom levels</source>
        <translation>Özel düzeyler</translation>
    </message>
    <message>
        <source>Custom classification levels</source>
        <translation>Özel gizlilik dereceleri</translation>
    </message>
    <message>
        <source>The levels of a custom scheme, lowest first, separated by semicolons</source>
        <translation>Özel şemanın düzeyleri, en düşükten başlayarak, noktalı virgülle ayrılmış</translation>
    </message>
    <message>
        <source>lowest first, e.g. Public; Internal; Restricted</source>
        <translation>en düşükten başlayarak, ör. Genel; Hizmete özel; Kısıtlı</translation>
    </message>
    <message>
        <source>Classification level</source>
        <translation>Gizlilik derecesi</translation>
    </message>
    <message>
        <source>Handling caveat</source>
        <translation>Dağıtım kısıtı</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Dağıtım</translation>
    </message>
    <message>
        <source>Distribution list</source>
        <translation>Dağıtım listesi</translation>
    </message>
    <message>
        <source>One recipient per line</source>
        <translation>Her satıra bir alıcı</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Ziyaret</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Heyet başkanı</translation>
    </message>
    <message>
        <source>Principal&apos;s name</source>
        <translation>Heyet başkanının adı</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>Özgün alfabesinde adı</translation>
    </message>
    <message>
        <source>Principal&apos;s name in own script</source>
        <translation>Heyet başkanının özgün alfabesindeki adı</translation>
    </message>
    <message>
        <source>As written in its own script, e.g. هيام الياسري</source>
        <translation>Kendi alfabesinde yazıldığı gibi, ör. هيام الياسري</translation>
    </message>
    <message>
        <source>Principal&apos;s title</source>
        <translation>Heyet başkanının unvanı</translation>
    </message>
    <message>
        <source>Principal&apos;s organisation</source>
        <translation>Heyet başkanının kurumu</translation>
    </message>
    <message>
        <source>Principal&apos;s country</source>
        <translation>Heyet başkanının ülkesi</translation>
    </message>
    <message>
        <source>Pronunciation</source>
        <translation>Okunuş</translation>
    </message>
    <message>
        <source>Pronunciation of the principal&apos;s name</source>
        <translation>Heyet başkanının adının okunuşu</translation>
    </message>
    <message>
        <source>e.g. YAL-chin ra-FEE-yev</source>
        <translation>ör. YAL-chin ra-FEE-yev</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Biyografi</translation>
    </message>
    <message>
        <source>Principal&apos;s biography (Markdown)</source>
        <translation>Heyet başkanının biyografisi (Markdown)</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Ev sahibi ülke</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Yerler</translation>
    </message>
    <message>
        <source>Separated by semicolons</source>
        <translation>Noktalı virgülle ayrılmış</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Başlangıç tarihi</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Bitiş tarihi</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Amaç</translation>
    </message>
    <message>
        <source>Background paragraphs</source>
        <translation>Arka plan paragrafları</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Kaynaklar</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotoğraflar</translation>
    </message>
</context>
</TS>

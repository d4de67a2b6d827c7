<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Licence: {licence}. Fonts: Noto, {fonts}.</source>
        <translation>Licence&#xa0;: {licence}. Polices&#xa0;: Noto, {fonts}.</translation>
    </message>
    <message>
        <source>About Briefing</source>
        <translation>À propos de Briefing</translation>
    </message>
    <message>
        <source>Briefing icon</source>
        <translation>Icône de Briefing</translation>
    </message>
    <message>
        <source>Briefing turns visit records into formatted briefings in PDF and Word (DOCX).</source>
        <translation>Briefing transforme les fiches de visite en notes d’information mises en forme, aux formats PDF et Word (DOCX).</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;guide&quot;&gt;Open the user guide&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;guide&quot;&gt;Ouvrir le guide d’utilisation&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Open the user guide</source>
        <translation>Ouvrir le guide d’utilisation</translation>
    </message>
</context>
<context>
    <name>Binder</name>
    <message>
        <source>Imported from the article: check it, then edit it or confirm all imported fields.</source>
        <translation>Importé de l’article&#xa0;: vérifiez-le, puis modifiez-le ou confirmez tous les champs importés.</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <comment>undo step</comment>
        <translation>la modification de «&#xa0;{field}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ClassificationScheme</name>
    <message>
        <source>none (no markings)</source>
        <translation>aucun (sans mention)</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>personnalisé</translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <comment>undo step</comment>
        <translation>la restauration du travail non enregistré</translation>
    </message>
    <message>
        <source>Import article</source>
        <comment>undo step</comment>
        <translation>l’importation de l’article</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>undo step</comment>
        <translation>la modification</translation>
    </message>
    <message>
        <source>Confirm imported fields</source>
        <comment>undo step</comment>
        <translation>la confirmation des champs importés</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Choisissez au moins un format.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation>Fichier écrit&#xa0;: {file}</translation>
    </message>
    <message>
        <source>Exported:</source>
        <translation>Exporté&#xa0;:</translation>
    </message>
    <message>
        <source>Export failed unexpectedly: {error}</source>
        <translation>L’exportation a échoué de manière inattendue&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Remplacer les fichiers&#xa0;?</translation>
    </message>
    <message>
        <source>These files are already in {folder}:
{names}
Replace them?</source>
        <translation>Ces fichiers existent déjà dans {folder}&#xa0;:
{names}
Les remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Full edition</source>
        <translation>Édition intégrale</translation>
    </message>
    <message>
        <source>Releasable at {level}</source>
        <translation>Diffusable au niveau {level}</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Export briefing</source>
        <translation>Exporter la note</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Template description</source>
        <translation>Description du modèle</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Word (DOCX)</source>
        <translation>Word (DOCX)</translation>
    </message>
    <message>
        <source>Export DOCX</source>
        <translation>Exporter en DOCX</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Edition: full, or releasable at a level</source>
        <translation>Édition&#xa0;: intégrale, ou diffusable à un niveau donné</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Dossier de destination</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose destination folder</source>
        <translation>Choisir le dossier de destination</translation>
    </message>
    <message>
        <source>The record has problems; click one to go to the field:</source>
        <translation>La fiche comporte des problèmes ; cliquez sur l’un d’eux pour aller au champ&#xa0;:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l’exportation</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>État de l’exportation</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Open the exported file</source>
        <translation>Ouvrir le fichier exporté</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the destination folder</source>
        <translation>Ouvrir le dossier de destination</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and replace</source>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>Find status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation>Remplacer &amp;tout</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>Rec&amp;hercher&#xa0;:</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>Remplacer &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <source>{position} of {count}: {field}</source>
        <translation>{position} sur {count}&#xa0;: {field}</translation>
    </message>
    <message>
        <source>Replace</source>
        <comment>undo step</comment>
        <translation>le remplacement</translation>
    </message>
    <message>
        <source>Replace all “{text}”</source>
        <comment>undo step</comment>
        <translation>le remplacement de toutes les occurrences de «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n.</source>
        <translation>
            <numerusform>%n remplacement effectué.</numerusform>
            <numerusform>%n remplacements effectués.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <source>open</source>
        <translation>à traiter</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>réalisée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>{name} — user guide</source>
        <translation>{name} — guide d’utilisation</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Create draft</source>
        <translation>Créer le brouillon</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>Open an article</source>
        <translation>Ouvrir un article</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>Impossible de lire {name}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{name}: too large to import: over {megabytes} MB</source>
        <translation>{name}&#xa0;: trop volumineux pour être importé&#xa0;: plus de {megabytes}&#xa0;Mo</translation>
    </message>
    <message>
        <source>{name}: too long to import: {length} characters of text, at most {limit}; import the part about the visit</source>
        <translation>{name}&#xa0;: trop long pour être importé&#xa0;: {length}&#xa0;caractères de texte, au plus {limit}&#xa0;; importez la partie qui concerne la visite</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texte collé</translation>
    </message>
    <message>
        <source>Paste an article or open a file first.</source>
        <translation>Collez d’abord un article ou ouvrez un fichier.</translation>
    </message>
    <message>
        <source>article</source>
        <translation>article</translation>
    </message>
    <message>
        <source>New visit from an article</source>
        <translation>Nouvelle visite à partir d’un article</translation>
    </message>
    <message>
        <source>Paste a news article or press release about a visit (plain text or HTML), or open a file. The draft&apos;s imported fields are tinted until you check them.</source>
        <translation>Collez un article de presse ou un communiqué sur une visite (texte brut ou HTML), ou ouvrez un fichier. Les champs importés du brouillon restent teintés jusqu’à ce que vous les vérifiiez.</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Texte de l’article</translation>
    </message>
    <message>
        <source>Paste the article here</source>
        <translation>Collez l’article ici</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Read the article from a text or HTML file</source>
        <translation>Lire l’article depuis un fichier texte ou HTML</translation>
    </message>
    <message>
        <source>Open an article file</source>
        <translation>Ouvrir un fichier d’article</translation>
    </message>
    <message>
        <source>Article source</source>
        <translation>Source de l’article</translation>
    </message>
    <message>
        <source>Import message</source>
        <translation>Message d’importation</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Visit records</source>
        <translation>Fiches de visite</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nouvel entretien</translation>
    </message>
    <message>
        <source>Problems in the record</source>
        <translation>Problèmes dans la fiche</translation>
    </message>
    <message>
        <source>Imported fields to review</source>
        <translation>Champs importés à vérifier</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find and &amp;replace…</source>
        <translation>Rechercher et re&amp;mplacer…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Rétablir {step}</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Annuler {step}</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported field(s) to review</source>
        <translation>
            <numerusform>%n champ importé à vérifier</numerusform>
            <numerusform>%n champs importés à vérifier</numerusform>
        </translation>
    </message>
    <message>
        <source>Add meeting</source>
        <translation>Ajouter un entretien</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (copie)</translation>
    </message>
    <message>
        <source>Duplicate meeting</source>
        <translation>Dupliquer l’entretien</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Supprimer l’entretien</translation>
    </message>
    <message>
        <source>No spelling dictionary for &apos;{language}&apos;: spelling is not checked (Help › User guide says how to add one).</source>
        <translation>Aucun dictionnaire orthographique pour «&#xa0;{language}&#xa0;»&#xa0;: l’orthographe n’est pas vérifiée (Aide › Guide d’utilisation explique comment en ajouter un).</translation>
    </message>
    <message>
        <source>check the visitor</source>
        <translation>vérifiez le visiteur</translation>
    </message>
    <message>
        <source>Check the visitor: the article may point to {name}.</source>
        <translation>Vérifiez le visiteur&#xa0;: l’article désigne peut-être {name}.</translation>
    </message>
    <message>
        <source>Add meeting</source>
        <comment>undo step</comment>
        <translation>l’ajout d’un entretien</translation>
    </message>
    <message>
        <source>Duplicate meeting</source>
        <comment>undo step</comment>
        <translation>la duplication de l’entretien</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <comment>undo step</comment>
        <translation>la suppression de l’entretien</translation>
    </message>
    <message>
        <source>Move meeting</source>
        <comment>undo step</comment>
        <translation>le déplacement de l’entretien</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to {name}?</source>
        <translation>Enregistrer les modifications de {name}&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Draft from the article: %n imported field(s) to review</source>
        <translation>
            <numerusform>Brouillon tiré de l’article&#xa0;: %n champ importé à vérifier</numerusform>
            <numerusform>Brouillon tiré de l’article&#xa0;: %n champs importés à vérifier</numerusform>
        </translation>
    </message>
    <message>
        <source>Open visit record</source>
        <translation>Ouvrir une fiche de visite</translation>
    </message>
    <message>
        <source>Cannot open the record</source>
        <translation>Impossible d’ouvrir la fiche</translation>
    </message>
    <message>
        <source>Save visit record</source>
        <translation>Enregistrer la fiche de visite</translation>
    </message>
    <message>
        <source>Replace the record?</source>
        <translation>Remplacer la fiche&#xa0;?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it? (The file it holds now is kept as a .bak copy.)</source>
        <translation>{name} existe déjà dans {folder}. Le remplacer&#xa0;? (Le fichier actuel est conservé en copie .bak.)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Impossible d’enregistrer</translation>
    </message>
    <message numerus="yes">
        <source>Saved {path} with %n problem(s) to fix</source>
        <translation>
            <numerusform>{path} enregistré, avec %n problème à corriger</numerusform>
            <numerusform>{path} enregistré, avec %n problèmes à corriger</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} enregistré</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Impossible d’imprimer</translation>
    </message>
    <message>
        <source>Print the {template} brief</source>
        <translation>Imprimer la note au modèle {template}</translation>
    </message>
    <message>
        <source>The interface language changes when Briefing is restarted.</source>
        <translation>La langue de l’interface changera au prochain démarrage de Briefing.</translation>
    </message>
    <message>
        <source>Briefing documents from visit records</source>
        <translation>Des notes d’information à partir des fiches de visite</translation>
    </message>
    <message>
        <source>Open the sample visit</source>
        <translation>Ouvrir la visite d’exemple</translation>
    </message>
    <message>
        <source>Open the bundled sample record</source>
        <translation>Ouvrir la fiche d’exemple fournie</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Nouvelle visite</translation>
    </message>
    <message>
        <source>Start a new visit record</source>
        <translation>Créer une nouvelle fiche de visite</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Open a visit record</source>
        <translation>Ouvrir une fiche de visite</translation>
    </message>
    <message>
        <source>Open a record</source>
        <translation>Ouvrir une fiche</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <source>Visit and document</source>
        <translation>Visite et document</translation>
    </message>
    <message>
        <source>Visit and document details</source>
        <translation>Détails de la visite et du document</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a meeting after the selected one (Ctrl+M)</source>
        <translation>Ajouter un entretien après celui sélectionné (Ctrl+M)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Duplicate the selected meeting</source>
        <translation>Dupliquer l’entretien sélectionné</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected meeting (Delete)</source>
        <translation>Supprimer l’entretien sélectionné (Delete)</translation>
    </message>
    <message>
        <source>Move the selected meeting up (Ctrl+Up)</source>
        <translation>Monter l’entretien sélectionné (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move meeting up</source>
        <translation>Monter l’entretien</translation>
    </message>
    <message>
        <source>Move the selected meeting down (Ctrl+Down)</source>
        <translation>Descendre l’entretien sélectionné (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Move meeting down</source>
        <translation>Descendre l’entretien</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;New visit</source>
        <translation>&amp;Nouvelle visite</translation>
    </message>
    <message>
        <source>New from &amp;article…</source>
        <translation>Nouvelle à partir d’un &amp;article…</translation>
    </message>
    <message>
        <source>Draft a visit record from a news article or press release</source>
        <translation>Préparer un brouillon de fiche de visite à partir d’un article de presse ou d’un communiqué</translation>
    </message>
    <message>
        <source>&amp;Confirm all imported fields</source>
        <translation>Con&amp;firmer tous les champs importés</translation>
    </message>
    <message>
        <source>Mark every field imported from the article as checked</source>
        <translation>Marquer tous les champs importés de l’article comme vérifiés</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open the &amp;sample visit</source>
        <translation>Ouvrir la visite d’&amp;exemple</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Add meeting</source>
        <translation>A&amp;jouter un entretien</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <source>&amp;About Briefing</source>
        <translation>À &amp;propos de Briefing</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>meeting title</source>
        <translation>titre de l’entretien</translation>
    </message>
    <message>
        <source>meeting id</source>
        <translation>identifiant de l’entretien</translation>
    </message>
    <message>
        <source>kind of meeting</source>
        <translation>type d’entretien</translation>
    </message>
    <message>
        <source>meeting date</source>
        <translation>date de l’entretien</translation>
    </message>
    <message>
        <source>outside the visit dates</source>
        <translation>hors des dates de la visite</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>heure de début</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>heure de fin</translation>
    </message>
    <message>
        <source>location</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>press</source>
        <translation>presse</translation>
    </message>
    <message>
        <source>marking</source>
        <translation>mention de classification</translation>
    </message>
    <message>
        <source>New counterpart</source>
        <translation>Nouvel interlocuteur</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>Interlocuteurs</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes abordés</translation>
    </message>
    <message>
        <source>Outcome (Markdown)</source>
        <translation>Résultat (Markdown)</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Mention</translation>
    </message>
    <message>
        <source>New outcome</source>
        <translation>Nouveau résultat</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suites à donner</translation>
    </message>
    <message>
        <source>(document level)</source>
        <translation>(niveau du document)</translation>
    </message>
    <message>
        <source>Edit sources</source>
        <comment>undo step</comment>
        <translation>la modification des sources</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Meeting title</source>
        <translation>Titre de l’entretien</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Meeting id</source>
        <translation>Identifiant de l’entretien</translation>
    </message>
    <message>
        <source>letters, digits, - and _</source>
        <translation>lettres, chiffres, - et _</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Type d’entretien</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Date de l’entretien</translation>
    </message>
    <message>
        <source>The date lies outside the visit on purpose</source>
        <translation>La date se situe volontairement hors de la visite</translation>
    </message>
    <message>
        <source>Outside the visit dates</source>
        <translation>Hors des dates de la visite</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>00:00 means no time is set</source>
        <translation>00:00 signifie qu’aucune heure n’est fixée</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <source>Meeting classification</source>
        <translation>Classification de l’entretien</translation>
    </message>
    <message>
        <source>Summary of discussion</source>
        <translation>Résumé des échanges</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Counterparts and topics</source>
        <translation>Interlocuteurs et thèmes abordés</translation>
    </message>
    <message>
        <source>Outcomes and follow-up</source>
        <translation>Résultats et suites à donner</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Suites à donner</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <source>Consultations</source>
        <translation>Consultations politiques</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>Entretien bilatéral</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Entretien téléphonique</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Round-table</source>
        <translation>Table ronde</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Entretien</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>no location</source>
        <translation>lieu non précisé</translation>
    </message>
    <message>
        <source>Move meeting</source>
        <comment>undo step</comment>
        <translation>le déplacement de l’entretien</translation>
    </message>
</context>
<context>
    <name>PersonColumns</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>Écriture d’origine</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Pronunciation</source>
        <translation>Prononciation</translation>
    </message>
    <message>
        <source>Biography (Markdown)</source>
        <translation>Biographie (Markdown)</translation>
    </message>
</context>
<context>
    <name>PhotosEditor</name>
    <message>
        <source>Image (relative to the record)</source>
        <translation>Image (chemin relatif à la fiche)</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Alt text (what it shows)</source>
        <translation>Texte alternatif (ce qu’elle montre)</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Mention</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Photographies</translation>
    </message>
    <message>
        <source>Add images…</source>
        <translation>Ajouter des images…</translation>
    </message>
    <message>
        <source>Add photographs from image files (or drop the files here)</source>
        <translation>Ajouter des photographies à partir de fichiers image (ou déposez les fichiers ici)</translation>
    </message>
    <message>
        <source>Add photographs from image files</source>
        <translation>Ajouter des photographies à partir de fichiers image</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>Add photographs</source>
        <translation>Ajouter des photographies</translation>
    </message>
    <message>
        <source>Add photograph</source>
        <comment>undo step</comment>
        <translation>l’ajout d’une photographie</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Langue de l’interface&#xa0;:</translation>
    </message>
    <message>
        <source>Briefing speaks the chosen language from its next start.</source>
        <translation>Briefing utilisera la langue choisie à son prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>Press</name>
    <message>
        <source>Open</source>
        <translation>Presse autorisée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Hors presse</translation>
    </message>
</context>
<context>
    <name>PreviewDock</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Preview template</source>
        <translation>Modèle de l’aperçu</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>État de l’aperçu</translation>
    </message>
    <message>
        <source>Preview of the PDF</source>
        <translation>Aperçu du PDF</translation>
    </message>
    <message>
        <source>Preview problems</source>
        <translation>Problèmes de l’aperçu</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview cannot be built:</source>
        <translation>Impossible de construire l’aperçu&#xa0;:</translation>
    </message>
    <message>
        <source>The preview failed unexpectedly: {error}</source>
        <translation>L’aperçu a échoué de manière inattendue&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Non mis à jour</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Augmenter</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Diminuer</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Float</source>
        <translation>Détacher</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
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
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
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
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ne pas tenir compte</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copier l&apos;adresse du &amp;lien</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>a new record</source>
        <translation>une nouvelle fiche</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Restaurer le travail non enregistré&#xa0;?</translation>
    </message>
    <message>
        <source>Briefing stopped with unsaved changes to {name}. Restore them?</source>
        <translation>Briefing s’est arrêté avec des modifications non enregistrées dans {name}. Les restaurer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>the date the draft was made</source>
        <translation>la date à laquelle le brouillon a été établi</translation>
    </message>
    <message>
        <source>the article names no visitor</source>
        <translation>l’article ne nomme pas le visiteur</translation>
    </message>
    <message>
        <source>the article names no host country</source>
        <translation>l’article ne nomme pas le pays hôte</translation>
    </message>
    <message>
        <source>the article gives no date for the visit; the article&apos;s own date</source>
        <translation>l’article ne date pas la visite&#xa0;; la date de l’article lui-même</translation>
    </message>
    <message>
        <source>the article gives no dated visit; the date the draft was made</source>
        <translation>l’article ne date aucune visite&#xa0;; la date à laquelle le brouillon a été établi</translation>
    </message>
    <message>
        <source>the article&apos;s dates were out of order</source>
        <translation>les dates de l’article n’étaient pas dans l’ordre</translation>
    </message>
    <message>
        <source>the article has no headline</source>
        <translation>l’article n’a pas de titre</translation>
    </message>
    <message>
        <source>the article does not date this meeting; the visit&apos;s start</source>
        <translation>l’article ne date pas cette rencontre&#xa0;; le début de la visite</translation>
    </message>
    <message>
        <source>Placeholder: {reason}</source>
        <translation>Valeur provisoire&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>From the article: {sentence}</source>
        <translation>Tiré de l’article&#xa0;: {sentence}</translation>
    </message>
    <message>
        <source>Not certain: the article may point to {value} instead.</source>
        <translation>Incertain&#xa0;: l’article désigne peut-être plutôt {value}.</translation>
    </message>
    <message>
        <source>Not certain: the article may point to {value} instead: {sentence}</source>
        <translation>Incertain&#xa0;: l’article désigne peut-être plutôt {value}&#xa0;: {sentence}</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a row to {table}</source>
        <translation>Ajouter une ligne au tableau «&#xa0;{table}&#xa0;»</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected row of {table}</source>
        <translation>Supprimer la ligne sélectionnée du tableau «&#xa0;{table}&#xa0;»</translation>
    </message>
    <message>
        <source>Move the selected row of {table} up</source>
        <translation>Monter la ligne sélectionnée du tableau «&#xa0;{table}&#xa0;»</translation>
    </message>
    <message>
        <source>Move the selected row of {table} down</source>
        <translation>Descendre la ligne sélectionnée du tableau «&#xa0;{table}&#xa0;»</translation>
    </message>
    <message>
        <source>Imported from the article</source>
        <translation>Importé de l’article</translation>
    </message>
    <message>
        <source>Edit {table}</source>
        <comment>undo step</comment>
        <translation>la modification du tableau «&#xa0;{table}&#xa0;»</translation>
    </message>
    <message>
        <source>Add a row to {table}</source>
        <comment>undo step</comment>
        <translation>l’ajout d’une ligne au tableau «&#xa0;{table}&#xa0;»</translation>
    </message>
    <message>
        <source>Delete a row of {table}</source>
        <comment>undo step</comment>
        <translation>la suppression d’une ligne du tableau «&#xa0;{table}&#xa0;»</translation>
    </message>
    <message>
        <source>Move a row of {table}</source>
        <comment>undo step</comment>
        <translation>le déplacement d’une ligne du tableau «&#xa0;{table}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>SourcesEditor</name>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Address (https://…)</source>
        <translation>Adresse (https://…)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Mention</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Nouvelle source</translation>
    </message>
    <message>
        <source>Add source</source>
        <comment>undo step</comment>
        <translation>l’ajout d’une source</translation>
    </message>
    <message>
        <source>Delete source</source>
        <comment>undo step</comment>
        <translation>la suppression de la source</translation>
    </message>
    <message>
        <source>Delete citation</source>
        <comment>undo step</comment>
        <translation>la suppression de la citation</translation>
    </message>
    <message>
        <source>Delete a cited source?</source>
        <translation>Supprimer une source citée&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) cite source “{source}”. Delete it and its citations?</source>
        <translation>
            <numerusform>%n entretien cite la source «&#xa0;{source}&#xa0;». La supprimer, ainsi que ses citations&#xa0;?</numerusform>
            <numerusform>%n entretiens citent la source «&#xa0;{source}&#xa0;». La supprimer, ainsi que ses citations&#xa0;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpellChecking</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(aucune suggestion)</translation>
    </message>
    <message>
        <source>Add “{word}” to the dictionary</source>
        <translation>Ajouter «&#xa0;{word}&#xa0;» au dictionnaire</translation>
    </message>
</context>
<context>
    <name>SummaryEditor</name>
    <message>
        <source>Summary text</source>
        <translation>Texte du résumé</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <source>Summary formatting</source>
        <translation>Mise en forme du résumé</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Lien…</translation>
    </message>
    <message>
        <source>Edit summary</source>
        <comment>undo step</comment>
        <translation>la modification du résumé</translation>
    </message>
    <message>
        <source>Insert link</source>
        <translation>Insérer un lien</translation>
    </message>
    <message>
        <source>Address (https://…):</source>
        <translation>Adresse (https://…)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TextActions</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>VisitPanel</name>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Diffusion restreinte</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>prepared by</source>
        <translation>établi par</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>classification levels</source>
        <translation>niveaux de classification</translation>
    </message>
    <message>
        <source>classification level</source>
        <translation>niveau de classification</translation>
    </message>
    <message>
        <source>handling caveat</source>
        <translation>mention de restriction</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>diffusion</translation>
    </message>
    <message>
        <source>principal&apos;s name</source>
        <translation>nom du chef de délégation</translation>
    </message>
    <message>
        <source>principal&apos;s name in own script</source>
        <translation>nom du chef de délégation dans son écriture d’origine</translation>
    </message>
    <message>
        <source>principal&apos;s title</source>
        <translation>fonction du chef de délégation</translation>
    </message>
    <message>
        <source>principal&apos;s organisation</source>
        <translation>organisation du chef de délégation</translation>
    </message>
    <message>
        <source>principal&apos;s country</source>
        <translation>pays du chef de délégation</translation>
    </message>
    <message>
        <source>principal&apos;s pronunciation</source>
        <translation>prononciation du nom du chef de délégation</translation>
    </message>
    <message>
        <source>principal&apos;s biography</source>
        <translation>biographie du chef de délégation</translation>
    </message>
    <message>
        <source>host country</source>
        <translation>pays hôte</translation>
    </message>
    <message>
        <source>places</source>
        <translation>lieux</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>date de début</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>date de fin</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>objet de la visite</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Nouveau membre</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Key point (Markdown)</source>
        <translation>Point clé (Markdown)</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Mention</translation>
    </message>
    <message>
        <source>New key point</source>
        <translation>Nouveau point clé</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Points clés</translation>
    </message>
    <message>
        <source>Paragraph (Markdown)</source>
        <translation>Paragraphe (Markdown)</translation>
    </message>
    <message>
        <source>New paragraph</source>
        <translation>Nouveau paragraphe</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Éléments de contexte</translation>
    </message>
    <message>
        <source>Change classification scheme</source>
        <comment>undo step</comment>
        <translation>le changement de système de classification</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>Titre du document</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>e.g. BRF-2025-014</source>
        <translation>p. ex. BRF-2025-014</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Établi par</translation>
    </message>
    <message>
        <source>Analyst or unit</source>
        <translation>Analyste ou service</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Rédigé le</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <source>BCP 47 tag, e.g. en</source>
        <translation>étiquette BCP 47, p. ex. en</translation>
    </message>
    <message>
        <source>Classification scheme</source>
        <translation>Système de classification</translation>
    </message>
    <message>
        <source>Custom levels</source>
        <translation>Niveaux personnalisés</translation>
    </message>
    <message>
        <source>Custom classification levels</source>
        <translation>Niveaux de classification personnalisés</translation>
    </message>
    <message>
        <source>The levels of a custom scheme, lowest first, separated by semicolons</source>
        <translation>Les niveaux d’un système personnalisé, du plus bas au plus haut, séparés par des points-virgules</translation>
    </message>
    <message>
        <source>lowest first, e.g. Public; Internal; Restricted</source>
        <translation>du plus bas au plus haut, p. ex. Public; Interne; Diffusion restreinte</translation>
    </message>
    <message>
        <source>Classification level</source>
        <translation>Niveau de classification</translation>
    </message>
    <message>
        <source>Handling caveat</source>
        <translation>Mention de restriction</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <source>Distribution list</source>
        <translation>Liste de diffusion</translation>
    </message>
    <message>
        <source>One recipient per line</source>
        <translation>Un destinataire par ligne</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Chef de délégation</translation>
    </message>
    <message>
        <source>Principal&apos;s name</source>
        <translation>Nom du chef de délégation</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>Nom dans son écriture d’origine</translation>
    </message>
    <message>
        <source>Principal&apos;s name in own script</source>
        <translation>Nom du chef de délégation dans son écriture d’origine</translation>
    </message>
    <message>
        <source>As written in its own script, e.g. هيام الياسري</source>
        <translation>Tel qu’il s’écrit dans son écriture, p. ex. هيام الياسري</translation>
    </message>
    <message>
        <source>Principal&apos;s title</source>
        <translation>Fonction du chef de délégation</translation>
    </message>
    <message>
        <source>Principal&apos;s organisation</source>
        <translation>Organisation du chef de délégation</translation>
    </message>
    <message>
        <source>Principal&apos;s country</source>
        <translation>Pays du chef de délégation</translation>
    </message>
    <message>
        <source>Pronunciation</source>
        <translation>Prononciation</translation>
    </message>
    <message>
        <source>Pronunciation of the principal&apos;s name</source>
        <translation>Prononciation du nom du chef de délégation</translation>
    </message>
    <message>
        <source>e.g. YAL-chin ra-FEE-yev</source>
        <translation>p. ex. YAL-chin ra-FEE-yev</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Biographie</translation>
    </message>
    <message>
        <source>Principal&apos;s biography (Markdown)</source>
        <translation>Biographie du chef de délégation (Markdown)</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Pays hôte</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Separated by semicolons</source>
        <translation>Séparés par des points-virgules</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Background paragraphs</source>
        <translation>Paragraphes de contexte</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Photographies</translation>
    </message>
</context>
</TS>

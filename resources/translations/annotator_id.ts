<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Project file format</source>
        <extracomment>the rows&apos; names shown translated; the copied text (for a bug report) stays English</extracomment>
        <translation>Format berkas proyek</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>About Annotator</source>
        <translation>Tentang Annotator</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Annotator %1&lt;/h2&gt;&lt;p&gt;A workbench for reading news articles side by side, highlighting claims and tagging them verified, disputed or unverified.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Annotator %1&lt;/h2&gt;&lt;p&gt;Meja kerja untuk membaca artikel berita berdampingan, menandai klaim, dan memberinya label terverifikasi, diperdebatkan, atau belum terverifikasi.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>&amp;Salin versi</translation>
    </message>
    <message>
        <source>Copy these versions to the clipboard for a bug report.</source>
        <translation>Salin versi-versi ini ke papan klip untuk laporan bug.</translation>
    </message>
</context>
<context>
    <name>Adjudication</name>
    <message>
        <source>not every annotator tagged it</source>
        <translation>tidak semua anotator menandainya</translation>
    </message>
    <message>
        <source>span differs</source>
        <translation>rentang berbeda</translation>
    </message>
    <message>
        <source>verdict differs</source>
        <translation>putusan berbeda</translation>
    </message>
    <message>
        <source>Adjudicate</source>
        <translation>Putuskan</translation>
    </message>
    <message>
        <source>Copy the agreed claims</source>
        <translation>Salin klaim yang disepakati</translation>
    </message>
</context>
<context>
    <name>AdjudicationWindow</name>
    <message>
        <source>The gold layer is the claims with this annotator name; export it with the export dialog&apos;s annotator filter</source>
        <extracomment>the buttons that decide or walk the disagreements: greyed out while there are none</extracomment>
        <translation>Lapisan acuan (gold) adalah klaim dengan nama anotator ini; ekspor lewat saringan anotator di dialog ekspor</translation>
    </message>
    <message>
        <source>&amp;Adjudicator (gold layer):</source>
        <translation>&amp;Pemutus (lapisan acuan):</translation>
    </message>
    <message>
        <source>&amp;Disagreements</source>
        <translation>Perbe&amp;daan</translation>
    </message>
    <message>
        <source>A&amp;greement</source>
        <translation>Ke&amp;sepakatan</translation>
    </message>
    <message>
        <source>Accept %1 [%2]</source>
        <translation>Terima versi %1 [%2]</translation>
    </message>
    <message>
        <source>Both [B]</source>
        <translation>Keduanya [B]</translation>
    </message>
    <message>
        <source>All versions [B]</source>
        <translation>Semua versi [B]</translation>
    </message>
    <message>
        <source>Neither [N]</source>
        <translation>Tidak satu pun [N]</translation>
    </message>
    <message>
        <source>◀ Previous [,]</source>
        <translation>◀ Sebelumnya [,]</translation>
    </message>
    <message>
        <source>Next [.] ▶</source>
        <translation>Berikutnya [.] ▶</translation>
    </message>
    <message>
        <source>Show in workbench [Enter]</source>
        <translation>Tampilkan di meja kerja [Enter]</translation>
    </message>
    <message>
        <source>Copy the agreed claims to gold [A]</source>
        <translation>Salin klaim yang disepakati ke lapisan acuan [A]</translation>
    </message>
    <message>
        <source>Adjudication — %1</source>
        <translation>Adjudikasi — %1</translation>
    </message>
    <message>
        <source>Finding the disagreements…</source>
        <translation>Mencari perbedaan…</translation>
    </message>
    <message>
        <source>No disagreements: every annotator tagged the same spans with the same verdicts.</source>
        <translation>Tidak ada perbedaan: semua anotator menandai rentang yang sama dengan putusan yang sama.</translation>
    </message>
    <message>
        <source>%1 disagreements, %2 decided; the gold layer is “%3”</source>
        <translation>%1 perbedaan, %2 sudah diputuskan; lapisan acuan: “%3”</translation>
    </message>
    <message>
        <source>Disagreement %1 of %2</source>
        <translation>Perbedaan %1 dari %2</translation>
    </message>
    <message>
        <source>%1 did not tag this unit: there is no version of theirs to accept.</source>
        <translation>%1 tidak menandai unit ini: tidak ada versinya untuk diterima.</translation>
    </message>
    <message>
        <source>%1 agreed claims copied into the gold layer “%2”.</source>
        <translation>%1 klaim yang disepakati disalin ke lapisan acuan “%2”.</translation>
    </message>
</context>
<context>
    <name>AgreementMatrix</name>
    <message>
        <source>Fleiss&apos; κ</source>
        <extracomment>The agreement package&apos;s names for its figures (the keys of Agreement.notes: &quot;fleiss_kappa&quot;, &quot;cohen_kappa ana–budi&quot; …), as the matrix shows them</extracomment>
        <translation>κ Fleiss</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>α Krippendorff</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ %1</source>
        <translation>κ Cohen %1</translation>
    </message>
    <message>
        <source>F1 exact %1</source>
        <translation>F1 tepat %1</translation>
    </message>
    <message>
        <source>F1 overlap %1</source>
        <translation>F1 tumpang-tindih %1</translation>
    </message>
    <message>
        <source>F1 %1</source>
        <translation>F1 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Span F1 exact: the same boundaries; overlap: spans whose code points overlap by a Jaccard index of 0.5 or more (one to one). Cohen&apos;s κ compares the verdicts of the spans a pair matched; Fleiss&apos; κ the units all annotators tagged; Krippendorff&apos;s α every unit two or more tagged. The gold layer is left out (README “Agreement”).</source>
        <translation>F1 rentang tepat: batas yang sama; tumpang-tindih: rentang yang titik kodenya bertumpang tindih dengan indeks Jaccard 0,5 atau lebih (satu lawan satu). κ Cohen membandingkan putusan rentang yang dipasangkan; κ Fleiss unit yang ditandai semua anotator; α Krippendorff setiap unit yang ditandai dua anotator atau lebih. Lapisan acuan tidak dihitung (README “Agreement”).</translation>
    </message>
    <message>
        <source>Computing the agreement figures…</source>
        <translation>Menghitung angka kesepakatan…</translation>
    </message>
    <message>
        <source>%1 annotators · %2 shared documents · %3 units    Fleiss&apos; κ %4 · Krippendorff&apos;s α %5</source>
        <translation>%1 anotator · %2 dokumen bersama · %3 unit    κ Fleiss %4 · α Krippendorff %5</translation>
    </message>
    <message>
        <source>F1 exact %1
F1 overlap %2
Cohen&apos;s κ %3
%4 units</source>
        <translation>F1 tepat %1
F1 tumpang-tindih %2
κ Cohen %3
%4 unit</translation>
    </message>
    <message>
        <source>Why a figure is missing (—): %1</source>
        <translation>Mengapa angka kosong (—): %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the project</source>
        <extracomment>The freedesktop id: packaging/org.annotator.Annotator.desktop, so the window gets its icon.</extracomment>
        <translation>Proyek tidak dapat dibuka</translation>
    </message>
    <message>
        <source>Cannot open a project</source>
        <translation>Proyek tidak dapat dibuka</translation>
    </message>
    <message>
        <source>No name set: your claims are recorded as “%1”, the system user, until you set one in Edit ▸ Settings.</source>
        <translation>Nama belum diatur: klaim Anda dicatat atas nama “%1”, pengguna sistem, sampai Anda mengisi nama di Sunting ▸ Pengaturan.</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>Backup failed</source>
        <extracomment>How often the timer asks the policy whether a backup is due. The current project&apos;s backup problem, or &quot;&quot; once a backup succeeded again. An edit arrived while a backup ran: that backup&apos;s snapshot may predate it.</extracomment>
        <translation>Pencadangan gagal</translation>
    </message>
    <message>
        <source>Automatic backup failed (retried later): %1</source>
        <translation>Pencadangan otomatis gagal (akan dicoba lagi): %1</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Cadangan otomatis gagal: %1</translation>
    </message>
</context>
<context>
    <name>Badges</name>
    <message>
        <source>unknown / mixed</source>
        <translation>tak diketahui / campuran</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <extracomment>names for the languages our detector reports most (shown translated, context &quot;Badges&quot;); other codes are shown as the code</extracomment>
        <translation>Indonesia</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inggris</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>Melayu</translation>
    </message>
    <message>
        <source>Javanese</source>
        <translation>Jawa</translation>
    </message>
    <message>
        <source>Sundanese</source>
        <translation>Sunda</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>Tagalog</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thai</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Tionghoa</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Jepang</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Korea</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arab</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persia</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Ibrani</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Prancis</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Jerman</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanyol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugis</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italia</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Belanda</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Rusia</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turki</translation>
    </message>
</context>
<context>
    <name>ChangeLabels</name>
    <message>
        <source>Delete claim</source>
        <extracomment>labels without a variable part, as the facade and the GUI&apos;s operations write them</extracomment>
        <translation>Hapus klaim</translation>
    </message>
    <message>
        <source>Edit claim</source>
        <translation>Sunting klaim</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Sunting catatan</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Tambah bukti</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Hapus bukti</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Hapus tautan</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Hapus dokumen</translation>
    </message>
    <message>
        <source>Remove article</source>
        <translation>Hapus artikel</translation>
    </message>
    <message>
        <source>Edit document details</source>
        <translation>Sunting detail dokumen</translation>
    </message>
    <message>
        <source>Edit article details</source>
        <translation>Sunting detail artikel</translation>
    </message>
    <message>
        <source>Set language</source>
        <translation>Atur bahasa</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Tag claim as %1</source>
        <translation>Tandai klaim sebagai %1</translation>
    </message>
    <message>
        <source>Retag claim as %1</source>
        <translation>Ubah tanda klaim menjadi %1</translation>
    </message>
    <message>
        <source>Link claims (%1)</source>
        <translation>Tautkan klaim (%1)</translation>
    </message>
    <message>
        <source>Import %n article(s)</source>
        <translation>Impor %n artikel</translation>
    </message>
    <message>
        <source>Import %n file(s)</source>
        <translation>Impor %n berkas</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>Gabungkan %1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Impor %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tersimpan</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Diurungkan</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>Diulangi</translation>
    </message>
</context>
<context>
    <name>CheckworthyReason</name>
    <message>
        <source>figure</source>
        <translation>angka</translation>
    </message>
    <message>
        <source>date</source>
        <translation>tanggal</translation>
    </message>
    <message>
        <source>named source</source>
        <translation>sumber bernama</translation>
    </message>
    <message>
        <source>anonymous source</source>
        <translation>sumber anonim</translation>
    </message>
    <message>
        <source>names</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>casualty verb</source>
        <translation>kata kerja korban</translation>
    </message>
    <message>
        <source>accusation verb</source>
        <translation>kata kerja tuduhan</translation>
    </message>
    <message>
        <source>reported as happened</source>
        <translation>dilaporkan sudah terjadi</translation>
    </message>
    <message>
        <source>question</source>
        <translation>pertanyaan</translation>
    </message>
    <message>
        <source>opinion</source>
        <translation>opini</translation>
    </message>
    <message>
        <source>modal</source>
        <translation>ungkapan ragu</translation>
    </message>
    <message>
        <source>short</source>
        <translation>pendek</translation>
    </message>
</context>
<context>
    <name>ClaimsTable</name>
    <message>
        <source>Quote</source>
        <translation>Kutipan</translation>
    </message>
    <message>
        <source>Article</source>
        <extracomment>header texts, translated where shown (context &quot;ClaimsTable&quot;)</extracomment>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Putusan</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Anotator</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>links to other claims</source>
        <extracomment>Projects of more claims than this have their orders read in a helper process (its start, 0.15 s, is less than the lock&apos;s stalls cost: 100,000 rowids are 40 ms of Python) What the table is waiting for (ClaimsModel.waiting_for): its first order, a new one after a sort or a filter, or the same one read again (an import, a claim gone from an unread page) An order is being read in a worker (LOADING, SORTING, FILTERING, UPDATING), or &quot;&quot; once it has arrived or failed: the panel says so, since at 1,000,000 claims it takes seconds</extracomment>
        <translation>tautan ke klaim lain</translation>
    </message>
    <message>
        <source>%1

Note: %2</source>
        <translation>%1

Catatan: %2</translation>
    </message>
    <message>
        <source>Loading claims…</source>
        <translation>Memuat klaim…</translation>
    </message>
    <message>
        <source>Sorting claims…</source>
        <translation>Mengurutkan klaim…</translation>
    </message>
    <message>
        <source>Filtering claims…</source>
        <translation>Menyaring klaim…</translation>
    </message>
    <message>
        <source>Reading the claims again…</source>
        <translation>Membaca ulang klaim…</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <extracomment>The user moved the table&apos;s current row with the keyboard: the inspector shows that claim, so the two never disagree (Enter or a click opens it in a pane).</extracomment>
        <translation>Semua putusan</translation>
    </message>
    <message>
        <source>Filter by quote, note, article or annotator…</source>
        <translation>Saring menurut kutipan, catatan, artikel, atau anotator…</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Semua artikel</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Link to the selected match as “%1”</source>
        <extracomment>Sentences scoring at least this are marked check-worthy in the margin. The analysis starts this long after a project opens: the window&apos;s first paint and the claims table&apos;s loading come first (P1), and a glance at a project (a smoke test, opening the wrong file) writes nothing.</extracomment>
        <translation>Tautkan ke padanan terpilih sebagai “%1”</translation>
    </message>
    <message>
        <source>Open the selected match</source>
        <translation>Buka padanan terpilih</translation>
    </message>
    <message>
        <source>Check-worthy markers</source>
        <translation>Penanda kalimat layak-cek</translation>
    </message>
    <message>
        <source>A thin bar in the margin beside sentences worth checking (figures, named sources, accusations…)</source>
        <translation>Garis tipis di margin di samping kalimat yang layak dicek (angka, sumber bernama, tuduhan…)</translation>
    </message>
    <message>
        <source>Select a claim that has matches in other articles first.</source>
        <translation>Pilih dulu klaim yang punya padanan di artikel lain.</translation>
    </message>
    <message>
        <source>Linked to the match: %1 (the match is now an unverified claim; Ctrl+Z undoes both)</source>
        <translation>Ditautkan ke padanan: %1 (padanan kini menjadi klaim belum terverifikasi; Ctrl+Z mengurungkan keduanya)</translation>
    </message>
    <message>
        <source>The match is selected: press 1, 2 or 3 to tag it as a claim.</source>
        <translation>Padanan sudah dipilih: tekan 1, 2, atau 3 untuk menandainya sebagai klaim.</translation>
    </message>
    <message>
        <source>, reported earlier</source>
        <extracomment>a read-only project&apos;s articles analysed in memory, kept for the window (by doc id)</extracomment>
        <translation>, diberitakan lebih dulu</translation>
    </message>
    <message>
        <source>, reported later</source>
        <translation>, diberitakan belakangan</translation>
    </message>
    <message>
        <source>%1 — in %2%3</source>
        <translation>%1 — di %2%3</translation>
    </message>
    <message>
        <source>Sentence analysis stopped: %1</source>
        <extracomment>doc id → conflict marks on that document&apos;s sentences, as text: `marks_of` reads them</extracomment>
        <translation>Analisis kalimat berhenti: %1</translation>
    </message>
    <message>
        <source>Analysing sentences %1/%2</source>
        <translation>Menganalisis kalimat %1/%2</translation>
    </message>
    <message>
        <source>Encoding sentences for matching %1/%2</source>
        <translation>Menyandikan kalimat untuk pencocokan %1/%2</translation>
    </message>
    <message>
        <source>Looking for conflicting reports…</source>
        <translation>Mencari pemberitaan yang bertentangan…</translation>
    </message>
    <message>
        <source>Matching is lexical (words, names, figures, dates): the sentence encoder is not installed.</source>
        <translation>Pencocokan hanya leksikal (kata, nama, angka, tanggal): penyandi kalimat tidak terpasang.</translation>
    </message>
    <message>
        <source>Link to a match (%1)</source>
        <translation>Tautkan ke padanan (%1)</translation>
    </message>
</context>
<context>
    <name>CompareText</name>
    <message>
        <source>shared words (%1): %2</source>
        <translation>kata yang sama (%1): %2</translation>
    </message>
    <message>
        <source>shared names: %1</source>
        <translation>nama yang sama: %1</translation>
    </message>
    <message>
        <source>same figure: %1 / %2</source>
        <translation>angka sama: %1 / %2</translation>
    </message>
    <message>
        <source>a count of %1 on both sides</source>
        <translation>jumlah %1 di kedua sisi</translation>
    </message>
    <message>
        <source>same date: %1</source>
        <translation>tanggal sama: %1</translation>
    </message>
    <message>
        <source>similar meaning (encoder cosine %1)</source>
        <translation>makna mirip (kosinus encoder %1)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>“%1” (%2–%3)</source>
        <translation>“%1” (%2–%3)</translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>terbit %1</translation>
    </message>
    <message>
        <source>publication date unknown</source>
        <translation>tanggal terbit tidak diketahui</translation>
    </message>
    <message>
        <source>different counts of %1 — check when each was reported: %2 (%3) vs %4 (%5)</source>
        <translation>jumlah %1 berbeda — periksa kapan masing-masing dilaporkan: %2 (%3) vs %4 (%5)</translation>
    </message>
    <message>
        <source>%1 and %2 cannot both hold for the number of %3</source>
        <translation>%1 dan %2 tidak mungkin sama-sama benar untuk jumlah %3</translation>
    </message>
    <message>
        <source>the dates disagree: “%1” (%2) vs “%3” (%4)</source>
        <translation>tanggalnya berbeda: “%1” (%2) vs “%3” (%4)</translation>
    </message>
    <message>
        <source>as planned</source>
        <translation>sebagai rencana</translation>
    </message>
    <message>
        <source>as having happened</source>
        <translation>sebagai peristiwa yang sudah terjadi</translation>
    </message>
    <message>
        <source>one report gives it %1, the other %2</source>
        <translation>satu laporan menyebutnya %1, yang lain %2</translation>
    </message>
    <message>
        <source>one report denies what the other states (a negation in only one)</source>
        <translation>satu laporan menyangkal apa yang dinyatakan laporan lain (penyangkalan hanya di satu laporan)</translation>
    </message>
    <message>
        <source>both reports trace back to %1: not independent corroboration</source>
        <translation>kedua laporan berasal dari %1: bukan konfirmasi independen</translation>
    </message>
    <message>
        <source>all %1 reports in %2 documents trace back to %3: not independent corroboration</source>
        <translation>semua %1 laporan di %2 artikel berasal dari %3: bukan konfirmasi independen</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Comparison</source>
        <translation>Perbandingan</translation>
    </message>
    <message>
        <source>Claim clusters side by side: each outlet&apos;s wording, figures, dates, source and verdict</source>
        <translation>Kelompok klaim berdampingan: redaksi, angka, tanggal, sumber, dan putusan tiap media</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>not tagged</source>
        <extracomment>Columns before the outlets&apos;.</extracomment>
        <translation>belum ditandai</translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation>Angka: %1</translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation>Tanggal: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Sumber: %1</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Putusan: %1</translation>
    </message>
    <message>
        <source>(no outlet)</source>
        <translation>(tanpa media)</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Klaim</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Pertentangan</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n pertentangan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n caution(s)</source>
        <translation>
            <numerusform>%n catatan kehati-hatian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unlinked match(es)</source>
        <translation>
            <numerusform>%n padanan belum ditautkan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <source>&amp;Conflicts only</source>
        <extracomment>After the last edit, wait this long before matching again (typing 1 2 3 in a row is one pass).</extracomment>
        <translation>Hanya &amp;pertentangan</translation>
    </message>
    <message>
        <source>&amp;Unlinked matches only</source>
        <translation>Hanya padanan &amp;belum ditautkan</translation>
    </message>
    <message>
        <source>Filter the clusters…</source>
        <translation>Saring kelompok klaim…</translation>
    </message>
    <message>
        <source>Matching the claims…</source>
        <translation>Mencocokkan klaim…</translation>
    </message>
    <message>
        <source>Matching the claims… %1 of %2</source>
        <translation>Mencocokkan klaim… %1 dari %2</translation>
    </message>
    <message>
        <source>%1 clusters</source>
        <translation>%1 kelompok</translation>
    </message>
    <message>
        <source>%1 of %2 clusters</source>
        <translation>%1 dari %2 kelompok</translation>
    </message>
</context>
<context>
    <name>ConflictChart</name>
    <message>
        <source>Claims in conflicts, per outlet</source>
        <translation>Klaim dalam pertentangan, per media</translation>
    </message>
    <message>
        <source>Sentences in conflicts, per outlet</source>
        <translation>Kalimat dalam pertentangan, per media</translation>
    </message>
    <message>
        <source>figures</source>
        <translation>angka</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>tanggal</translation>
    </message>
    <message>
        <source>planned vs done</source>
        <translation>rencana vs terjadi</translation>
    </message>
    <message>
        <source>denial</source>
        <translation>bantahan</translation>
    </message>
    <message>
        <source>in a conflict with another outlet</source>
        <translation>bertentangan dengan media lain</translation>
    </message>
    <message>
        <source>single source</source>
        <translation>satu sumber saja</translation>
    </message>
    <message>
        <source>(no outlet)</source>
        <translation>(tanpa media)</translation>
    </message>
</context>
<context>
    <name>ConflictKind</name>
    <message>
        <source>figures</source>
        <extracomment>compare.results.ConflictKind&apos;s values</extracomment>
        <translation>angka</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>tanggal</translation>
    </message>
    <message>
        <source>planned or happened</source>
        <translation>rencana atau kejadian</translation>
    </message>
    <message>
        <source>denial</source>
        <translation>penyangkalan</translation>
    </message>
    <message>
        <source>single source</source>
        <translation>satu sumber</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Claims (your annotated spans)</source>
        <translation>Klaim (bagian teks yang Anda tandai)</translation>
    </message>
    <message>
        <source>Sentences (every report, annotated or not)</source>
        <translation>Kalimat (semua pemberitaan, ditandai atau tidak)</translation>
    </message>
    <message>
        <source>C&amp;ount:</source>
        <translation>&amp;Hitung:</translation>
    </message>
    <message>
        <source>Computing the conflicts between outlets…</source>
        <translation>Menghitung pertentangan antarmedia…</translation>
    </message>
    <message>
        <source>≠ in a conflict: the claim (or sentence) is in a report that disagrees with another outlet&apos;s report of the same thing — figures that cannot both hold or different counts, dates, planned vs done, a denial; each is counted once however many kinds it has. Two articles of the same outlet that disagree are not counted. ① single source: every report of it found in the project traces back to one origin. A claim counts when it overlaps such a sentence.</source>
        <translation>≠ bertentangan: klaim (atau kalimat) itu ada dalam pemberitaan yang berbeda dengan pemberitaan media lain tentang hal yang sama — angka yang tidak mungkin sama-sama benar atau hitungan yang berbeda, tanggal, rencana vs sudah terjadi, bantahan; masing-masing dihitung sekali, berapa pun jenis pertentangannya. Dua artikel dari media yang sama yang saling berbeda tidak dihitung. ① satu sumber saja: semua pemberitaannya yang ditemukan dalam proyek berasal dari satu sumber awal. Sebuah klaim dihitung bila bersinggungan dengan kalimat seperti itu.</translation>
    </message>
    <message>
        <source>The conflicts could not be counted: %1</source>
        <translation>Pertentangan tidak dapat dihitung: %1</translation>
    </message>
    <message>
        <source>Claims: %1 of %2 in a conflict with another outlet, %3 single source. Sentences: %4 of %5 in a conflict, %6 single source.</source>
        <translation>Klaim: %1 dari %2 bertentangan dengan media lain, %3 satu sumber saja. Kalimat: %4 dari %5 bertentangan, %6 satu sumber saja.</translation>
    </message>
    <message>
        <source>%1 articles are not analysed yet and are left out.</source>
        <translation>%1 artikel belum dianalisis dan tidak ikut dihitung.</translation>
    </message>
    <message>
        <source>(the chart shows the %1 outlets with the most conflicts of %2; the CSV has them all)</source>
        <translation>(grafik menampilkan %1 media dengan pertentangan terbanyak dari %2; CSV memuat semuanya)</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>&amp;Title</source>
        <extracomment>field → (label, placeholder)</extracomment>
        <translation>&amp;Judul</translation>
    </message>
    <message>
        <source>the article&apos;s headline</source>
        <translation>judul berita artikel</translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation>&amp;Media</translation>
    </message>
    <message>
        <source>e.g. Kompas.com, Tempo, BBC Indonesia</source>
        <translation>mis. Kompas.com, Tempo, BBC Indonesia</translation>
    </message>
    <message>
        <source>&amp;Address (URL)</source>
        <translation>&amp;Alamat (URL)</translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation>&amp;Terbit</translation>
    </message>
    <message>
        <source>yyyy-mm-dd, or 2024-05-31T08:15:00+07:00</source>
        <translation>tttt-bb-hh, atau 2024-05-31T08:15:00+07:00</translation>
    </message>
    <message>
        <source>Aut&amp;hor</source>
        <translation>&amp;Penulis</translation>
    </message>
    <message>
        <source>who wrote it</source>
        <translation>siapa yang menulisnya</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Ba&amp;hasa</translation>
    </message>
    <message>
        <source>ISO 639-1 code (id, en, ar); empty: the detected one</source>
        <translation>kode ISO 639-1 (id, en, ar); kosong: yang terdeteksi</translation>
    </message>
    <message>
        <source>Article details</source>
        <translation>Detail artikel</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Detected language: %1. Source file: %2.</source>
        <translation>Bahasa terdeteksi: %1. Berkas sumber: %2.</translation>
    </message>
    <message>
        <source>The title cannot be empty.</source>
        <translation>Judul tidak boleh kosong.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Set language</source>
        <translation>Atur bahasa</translation>
    </message>
    <message>
        <source>Language code (ISO 639-1, e.g. id, en, ar). Detected: %1.
Leave empty to use the detected language.</source>
        <translation>Kode bahasa (ISO 639-1, mis. id, en, ar). Terdeteksi: %1.
Kosongkan untuk memakai bahasa yang terdeteksi.</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>The selection is only spaces: select some words.</source>
        <translation>Yang dipilih hanya spasi: pilih beberapa kata.</translation>
    </message>
    <message>
        <source>Select some text in an article first (or a claim to retag).</source>
        <translation>Pilih dulu teks di sebuah artikel (atau klaim yang labelnya hendak diubah).</translation>
    </message>
    <message>
        <source>Select a claim to delete.</source>
        <translation>Pilih klaim yang akan dihapus.</translation>
    </message>
    <message>
        <source>Select a claim in one pane and another claim in a second pane, then link them.</source>
        <translation>Pilih satu klaim di sebuah panel baca dan klaim lain di panel kedua, lalu tautkan keduanya.</translation>
    </message>
    <message>
        <source>Linked: %1</source>
        <translation>Ditautkan: %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Terjadi kesalahan.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ExportDestination</name>
    <message>
        <source>Export to folder (new or empty)</source>
        <translation>Ekspor ke folder (baru atau kosong)</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>Ekspor ke berkas</translation>
    </message>
    <message>
        <source>%1 (*%2);;All files (*)</source>
        <translation>%1 (*%2);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>The folder %1 already exists. Replace it?</source>
        <translation>Folder %1 sudah ada. Timpa?</translation>
    </message>
    <message>
        <source>The file %1 already exists. Replace it?</source>
        <translation>Berkas %1 sudah ada. Timpa?</translation>
    </message>
    <message>
        <source>The file %1 is read-only. Replace it anyway?</source>
        <translation>Berkas %1 hanya-baca. Tetap timpa?</translation>
    </message>
    <message>
        <source>Replace export?</source>
        <translation>Timpa hasil ekspor?</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>%n claim(s)</source>
        <translation>%n klaim</translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation>Ekspor anotasi</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>Anotator</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Simpan ke:</translation>
    </message>
    <message>
        <source>Verdicts:</source>
        <translation>Putusan:</translation>
    </message>
    <message>
        <source>Agreement &amp;figures beside the dataset (…agreement.json)</source>
        <translation>Angka &amp;kesepakatan di samping dataset (…agreement.json)</translation>
    </message>
    <message>
        <source>The agreement between all annotators of the exported articles, as `annotator export --agreement` writes it</source>
        <translation>Kesepakatan antara semua anotator pada artikel yang diekspor, seperti ditulis `annotator export --agreement`</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>Preview (first %1 records)</source>
        <translation>Pratinjau (%1 rekaman pertama)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Ekspor</translation>
    </message>
    <message>
        <source>Show in f&amp;older</source>
        <translation>Tampilkan di f&amp;older</translation>
    </message>
    <message>
        <source>Reading the project…</source>
        <translation>Membaca proyek…</translation>
    </message>
    <message>
        <source>&lt;b&gt;The project cannot be read.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Proyek tidak dapat dibaca.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1 — unavailable: %2</source>
        <translation>%1 — tidak tersedia: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>A folder (created or replaced; must be new, empty, or an earlier export).</source>
        <translation>Sebuah folder (dibuat atau ditimpa; harus baru, kosong, atau hasil ekspor sebelumnya).</translation>
    </message>
    <message>
        <source>One file, written atomically.</source>
        <translation>Satu berkas, ditulis secara atomik.</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Pilih tempat menyimpan hasil ekspor.</translation>
    </message>
    <message>
        <source>Choose a format.</source>
        <translation>Pilih format.</translation>
    </message>
    <message>
        <source>Choose at least one document.</source>
        <translation>Pilih minimal satu dokumen.</translation>
    </message>
    <message>
        <source>Choose at least one verdict.</source>
        <translation>Pilih minimal satu putusan.</translation>
    </message>
    <message>
        <source>Choose at least one annotator.</source>
        <translation>Pilih minimal satu anotator.</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Tidak ada pratinjau: %1</translation>
    </message>
    <message>
        <source>… (preview shortened)</source>
        <translation>… (pratinjau dipersingkat)</translation>
    </message>
    <message>
        <source>(nothing to export with these filters)</source>
        <translation>(tidak ada yang diekspor dengan saringan ini)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Mengekspor ke %1…</translation>
    </message>
    <message>
        <source>Exporting… %1 of %2 claims</source>
        <translation>Mengekspor… %1 dari %2 klaim</translation>
    </message>
    <message>
        <source>&lt;br&gt;Not everything fits this format:&lt;ul&gt;</source>
        <translation>&lt;br&gt;Tidak semuanya muat dalam format ini:&lt;ul&gt;</translation>
    </message>
    <message>
        <source>Agreement figures written to %1</source>
        <translation>Angka kesepakatan ditulis ke %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The export failed.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ekspor gagal.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Export cancelled.&lt;/b&gt; Nothing was written.</source>
        <translation>&lt;b&gt;Ekspor dibatalkan.&lt;/b&gt; Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
</context>
<context>
    <name>ExportFilters</name>
    <message>
        <source>Start the file with a byte-order mark (Excel)</source>
        <extracomment>shown translated (context &quot;ExportFilters&quot;)</extracomment>
        <translation>Awali berkas dengan penanda urutan byte (Excel)</translation>
    </message>
    <message>
        <source>One AnnotationCollection (otherwise a plain JSON array)</source>
        <translation>Satu AnnotationCollection (jika tidak, larik JSON biasa)</translation>
    </message>
    <message>
        <source>Include links between claims</source>
        <translation>Sertakan tautan antarklaim</translation>
    </message>
    <message>
        <source>Relation-extraction layout (entities and relations)</source>
        <translation>Tata letak ekstraksi relasi (entitas dan relasi)</translation>
    </message>
    <message>
        <source>Fact-checking organisation</source>
        <translation>Organisasi cek fakta</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>claims per verdict (an aggregate: the articles themselves are read as the list shows them)</extracomment>
        <translation>Semua</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>No %1 in the project</source>
        <translation>Tidak ada %1 di proyek ini</translation>
    </message>
    <message>
        <source>%1 of %2 %3 selected</source>
        <translation>%1 dari %2 %3 dipilih</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>Annotator JSONL (lossless, re-importable)</source>
        <translation>Annotator JSONL (tanpa kehilangan data, bisa diimpor ulang)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (one row per claim)</source>
        <translation>Lembar kerja CSV (satu baris per klaim)</translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <source>schema.org ClaimReview (JSON-LD)</source>
        <translation>schema.org ClaimReview (JSON-LD)</translation>
    </message>
    <message>
        <source>FEVER-style JSONL (claim, label, evidence)</source>
        <translation>JSONL gaya FEVER (klaim, label, bukti)</translation>
    </message>
    <message>
        <source>brat standoff (.txt + .ann per document)</source>
        <translation>brat standoff (.txt + .ann per dokumen)</translation>
    </message>
    <message>
        <source>Label Studio tasks (JSON) + labeling config</source>
        <translation>Tugas Label Studio (JSON) + konfigurasi pelabelan</translation>
    </message>
    <message>
        <source>doccano JSONL (sequence labelling)</source>
        <translation>doccano JSONL (pelabelan urutan)</translation>
    </message>
    <message>
        <source>spaCy DocBin (.spacy, claims in doc.spans)</source>
        <translation>spaCy DocBin (.spacy, klaim di doc.spans)</translation>
    </message>
    <message>
        <source>Parquet (one row per claim; needs pyarrow)</source>
        <translation>Parquet (satu baris per klaim; perlu pyarrow)</translation>
    </message>
    <message>
        <source>Claim clusters, CSV (the comparison table: one row per report)</source>
        <translation>Kelompok klaim, CSV (tabel perbandingan: satu baris per laporan)</translation>
    </message>
    <message>
        <source>Claim clusters, JSONL (one object per report)</source>
        <translation>Kelompok klaim, JSONL (satu objek per laporan)</translation>
    </message>
    <message>
        <source>The comparison table only: wording, figures, dates, source and verdict of each report; no evidence or history.</source>
        <translation>Hanya tabel perbandingan: redaksi, angka, tanggal, sumber, dan putusan tiap laporan; tanpa bukti atau riwayat.</translation>
    </message>
    <message>
        <source>Evidence and links become text cells; cells that look like formulas get a leading &apos;; no verdict history.</source>
        <translation>Bukti dan tautan menjadi sel teks; sel yang tampak seperti rumus diawali &apos;; tanpa riwayat putusan.</translation>
    </message>
    <message>
        <source>Confidence, claimant, &quot;reported by&quot; and verdict history have no place in the Web Annotation model.</source>
        <translation>Keyakinan, pengklaim, &quot;diberitakan oleh&quot;, dan riwayat putusan tidak punya tempat dalam model Web Annotation.</translation>
    </message>
    <message>
        <source>Only claims whose verdict maps to a rating; no links, confidence or history.</source>
        <translation>Hanya klaim yang putusannya punya padanan rating; tanpa tautan, keyakinan, atau riwayat.</translation>
    </message>
    <message>
        <source>Evidence comes from supports/contradicts links and evidence URLs; no history or document text.</source>
        <translation>Bukti diambil dari tautan mendukung/membantah dan URL bukti; tanpa riwayat atau teks dokumen.</translation>
    </message>
    <message>
        <source>Links between documents, evidence, confidence and history are left out; notes lose their line breaks.</source>
        <translation>Tautan antardokumen, bukti, keyakinan, dan riwayat tidak disertakan; catatan kehilangan pemisah barisnya.</translation>
    </message>
    <message>
        <source>Links between documents or annotators, evidence, confidence and history are left out.</source>
        <translation>Tautan antardokumen atau antaranotator, bukti, keyakinan, dan riwayat tidak disertakan.</translation>
    </message>
    <message>
        <source>Evidence, confidence and history are left out; links only with relations=True, within a document.</source>
        <translation>Bukti, keyakinan, dan riwayat tidak disertakan; tautan hanya dengan relations=True, di dalam satu dokumen.</translation>
    </message>
    <message>
        <source>Links and history are left out; tokens are split where a claim edge falls inside one.</source>
        <translation>Tautan dan riwayat tidak disertakan; token dipecah bila tepi klaim jatuh di tengahnya.</translation>
    </message>
    <message>
        <source>Verdict history is left out.</source>
        <translation>Riwayat putusan tidak disertakan.</translation>
    </message>
</context>
<context>
    <name>ExternalEdits</name>
    <message>
        <source>Changed by another program: reloaded; undo history cleared.</source>
        <translation>Diubah oleh program lain: dimuat ulang; riwayat urungkan dikosongkan.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>Berkas %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Annotator projects (*.annot);;All files (*)</source>
        <translation>Proyek Annotator (*.annot);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>%1 is the project open here.</source>
        <translation>%1 adalah proyek yang terbuka di sini.</translation>
    </message>
    <message>
        <source>%1 is already open in another window; brought it to the front.</source>
        <translation>%1 sudah terbuka di jendela lain; jendela itu kini ditampilkan di depan.</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Proyek tidak dapat dibuka</translation>
    </message>
    <message>
        <source>%1 is open in another Annotator window that does not answer; close that window first</source>
        <translation>%1 terbuka di jendela Annotator lain yang tidak merespons; tutup dulu jendela itu</translation>
    </message>
    <message>
        <source>Finish what is open first, then open %1.</source>
        <translation>Selesaikan dulu yang sedang terbuka, lalu buka %1.</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Proyek baru</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>Proyek tidak dapat dibuat</translation>
    </message>
    <message>
        <source>%1 already exists; open it, or choose another name</source>
        <translation>%1 sudah ada; buka saja, atau pilih nama lain</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Buka proyek</translation>
    </message>
    <message>
        <source>(no recent projects)</source>
        <translation>(belum ada proyek terbaru)</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source> or </source>
        <translation> atau </translation>
    </message>
    <message>
        <source>&lt;h2&gt;Keyboard shortcuts&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Pintasan papan ketik&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The window&apos;s keys work in every field too (Ctrl+E exports while you type a claimant). A text field keeps typing (1, 2, 3 and ? type there), Delete, Backspace, the arrows, Home and End, cut, copy, paste, select all and undo.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tombol pintasan jendela juga berfungsi di setiap kolom (Ctrl+E mengekspor meski Anda sedang mengetik nama pengklaim). Kolom teks tetap menerima ketikan (1, 2, 3, dan ? diketik di sana), Delete, Backspace, tombol panah, Home dan End, potong, salin, tempel, pilih semua, dan urungkan.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>In a reading pane</source>
        <translation>Di panel baca</translation>
    </message>
    <message>
        <source>Let go of the selected claim; close the find bar</source>
        <translation>Lepaskan klaim terpilih; tutup bilah pencarian</translation>
    </message>
    <message>
        <source>Next / previous match in the find bar</source>
        <translation>Hasil berikutnya / sebelumnya di bilah pencarian</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan ketik</translation>
    </message>
    <message>
        <source>Annotator user guide</source>
        <translation>Panduan pengguna Annotator</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Imported</source>
        <extracomment>shown translated (context &quot;ImportDialog&quot;)</extracomment>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Articles (%1);;All files (*)</source>
        <extracomment>Result order in the list: what needs attention first.</extracomment>
        <translation>Artikel (%1);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>language unknown</source>
        <translation>bahasa tak diketahui</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> dan %1 lainnya</translation>
    </message>
    <message>
        <source>Import articles</source>
        <extracomment>What the import wrote (its ChangeSets, on the worker&apos;s connection), when it wrote anything: the window makes it one undo step (see `undo_label`).</extracomment>
        <translation>Impor artikel</translation>
    </message>
    <message>
        <source>Add article files or folders (folders are searched, with their subfolders, for supported files). You can also drop them here.</source>
        <translation>Tambahkan berkas atau folder artikel (folder beserta subfoldernya dicari untuk berkas yang didukung). Anda juga bisa menjatuhkannya ke sini.</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Tambah &amp;berkas…</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>Tambah f&amp;older…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Supported: %1. Files over %2 MB are refused (change the limit in Settings).</source>
        <translation>Didukung: %1. Berkas di atas %2 MB ditolak (ubah batasnya di Pengaturan).</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Add article files</source>
        <translation>Tambah berkas artikel</translation>
    </message>
    <message>
        <source>Add a folder of articles</source>
        <translation>Tambah folder artikel</translation>
    </message>
    <message>
        <source>Looking for articles…</source>
        <translation>Mencari artikel…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <source>Importing %1 of %2: %3</source>
        <translation>Mengimpor %1 dari %2: %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;The import could not run.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Impor tidak dapat dijalankan.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%n claim(s)</source>
        <translation>%n klaim</translation>
    </message>
    <message>
        <source>%n article(s)</source>
        <translation>%n artikel</translation>
    </message>
    <message>
        <source>%n link(s)</source>
        <translation>%n tautan</translation>
    </message>
    <message>
        <source>%n file(s)</source>
        <translation>%n berkas</translation>
    </message>
    <message>
        <source>%1 added to %2</source>
        <translation>%1 ditambahkan ke %2</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 ditambahkan</translation>
    </message>
    <message>
        <source>&lt;b&gt;No supported files were found.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tidak ditemukan berkas yang didukung.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>dari %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 imported, %2&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;%1 diimpor, %2&lt;/b&gt; %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 imported&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1 diimpor&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>%1 already in the project</source>
        <translation>%1 sudah ada di proyek</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 gagal</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled:&lt;/b&gt; 1 file was not imported.</source>
        <translation>&lt;b&gt;Dibatalkan:&lt;/b&gt; 1 berkas tidak diimpor.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled:&lt;/b&gt; %n files were not imported.</source>
        <translation>&lt;b&gt;Dibatalkan:&lt;/b&gt; %n berkas tidak diimpor.</translation>
    </message>
    <message>
        <source>Edit ▸ Undo (Ctrl+Z) takes the whole import back.</source>
        <translation>Sunting ▸ Urungkan (Ctrl+Z) membatalkan seluruh impor ini.</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Select a highlight (or a row in the Claims table) to see its details here.

To tag a claim: select text in an article and press 1 (verified), 2 (disputed) or 3 (unverified).</source>
        <extracomment>The widgets of the claim&apos;s form, which is built when a claim is first shown (see ClaimInspector): reading one of them before builds it then. A web address typed without &quot;https://&quot;: &quot;www.…&quot;, or a host name followed by a path (&quot;kompas.com/read/…&quot;). File names (&quot;laporan_2024.pdf&quot;, &quot;data.xlsx&quot;) and initials (&quot;J.Smith&quot;) are references, not links.</extracomment>
        <translation>Pilih sebuah sorotan (atau baris di tabel Daftar klaim) untuk melihat detailnya di sini.

Untuk menandai klaim: pilih teks di artikel lalu tekan 1 (terverifikasi), 2 (diperdebatkan), atau 3 (belum terverifikasi).</translation>
    </message>
    <message>
        <source>Tag as %1 (key %2)</source>
        <translation>Tandai %1 (tombol %2)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Putusan</translation>
    </message>
    <message>
        <source>Why this verdict? (saved when you leave the field)</source>
        <translation>Mengapa putusan ini? (tersimpan saat Anda meninggalkan kolom)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>belum diisi</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Keyakinan</translation>
    </message>
    <message>
        <source>who made the claim</source>
        <translation>siapa yang membuat klaim</translation>
    </message>
    <message>
        <source>as reported by (outlet, agency…)</source>
        <translation>menurut pemberitaan (media, kantor berita…)</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Pengklaim</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Diberitakan oleh</translation>
    </message>
    <message>
        <source>Link or reference, then Enter</source>
        <translation>Tautan atau rujukan, lalu Enter</translation>
    </message>
    <message>
        <source>A link to the source (https://…; typed without https:// it is added), or a reference such as “Interview with the police spokesperson, 15 March”</source>
        <translation>Tautan ke sumber (https://…; bila diketik tanpa https://, awalan itu ditambahkan), atau rujukan seperti “Wawancara dengan juru bicara kepolisian, 15 Maret”</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>Open linked claim</source>
        <translation>Buka klaim tertaut</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Hapus tautan</translation>
    </message>
    <message>
        <source>Links %1</source>
        <translation>Tautan %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background:%1; color:black&quot;&gt;“%2”&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;background:%1; color:black&quot;&gt;“%2”&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;small&gt;%1 · characters %2–%3 · by %4&lt;/small&gt;</source>
        <translation>&lt;small&gt;%1 · karakter %2–%3 · oleh %4&lt;/small&gt;</translation>
    </message>
    <message>
        <source>
accessed %1</source>
        <translation>
diakses %1</translation>
    </message>
    <message>
        <source>%1 %2: %3 “%4”
    in %5</source>
        <translation>%1 %2: %3 “%4”
    di %5</translation>
    </message>
    <message>
        <source>%1 %2: (missing claim)</source>
        <translation>%1 %2: (klaim tidak ada)</translation>
    </message>
    <message>
        <source>(double-click to open it)</source>
        <translation>(klik dua kali untuk membukanya)</translation>
    </message>
    <message>
        <source>created as %1</source>
        <translation>dibuat sebagai %1</translation>
    </message>
    <message>
        <source>created</source>
        <translation>dibuat</translation>
    </message>
    <message>
        <source>deleted (was %1)</source>
        <translation>dihapus (sebelumnya %1)</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Bhs.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>claims tagged %1</source>
        <extracomment>The language column&apos;s text for an article whose language is unknown or mixed</extracomment>
        <translation>klaim bertanda %1</translation>
    </message>
    <message>
        <source>%1
%2 · %3 characters · %4 claims</source>
        <translation>%1
%2 · %3 karakter · %4 klaim</translation>
    </message>
    <message>
        <source>Filter articles (title, outlet, language)…</source>
        <translation>Saring artikel (judul, media, bahasa)…</translation>
    </message>
</context>
<context>
    <name>LinkKind</name>
    <message>
        <source>same claim</source>
        <translation>klaim yang sama</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>mendukung</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>membantah</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Library</source>
        <translation>Pustaka</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Klaim</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Daftar klaim</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>%1 — Annotator</source>
        <extracomment>Owns the project&apos;s name for other launches (None in tests that do not need one).</extracomment>
        <translation>%1 — Annotator</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Semua perubahan tersimpan</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Belum tersimpan</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Bahasa: %1</translation>
    </message>
    <message>
        <source>%1 articles · counting claims…</source>
        <translation>%1 artikel · menghitung klaim…</translation>
    </message>
    <message>
        <source>%1 articles · claims %2</source>
        <translation>%1 artikel · klaim %2</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Urungkan %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>U&amp;langi %1</translation>
    </message>
    <message>
        <source>Opened %1; the other dropped files were not used (drop articles on their own to import them).</source>
        <translation>%1 dibuka; berkas lain yang dijatuhkan tidak dipakai (jatuhkan artikel tersendiri untuk mengimpornya).</translation>
    </message>
</context>
<context>
    <name>MarginMarks</name>
    <message>
        <source>Check-worthy (%1): %2</source>
        <extracomment>Pixels at each edge of the viewport that count as the margin for hovering.</extracomment>
        <translation>Layak dicek (%1): %2</translation>
    </message>
</context>
<context>
    <name>MatchRelation</name>
    <message>
        <source>same</source>
        <extracomment>compare.results.Relation&apos;s values: a match&apos;s suggested relation</extracomment>
        <translation>sama</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>mendukung</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>bertentangan</translation>
    </message>
    <message>
        <source>related</source>
        <translation>terkait</translation>
    </message>
</context>
<context>
    <name>MatchesPanel</name>
    <message>
        <source>&lt;b&gt;Matches in other articles&lt;/b&gt;</source>
        <translation>&lt;b&gt;Padanan di artikel lain&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Link the claim to the selected match as “%1” (%2); the match becomes an unverified claim</source>
        <translation>Tautkan klaim ke padanan terpilih sebagai “%1” (%2); padanan menjadi klaim belum terverifikasi</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Open the match&apos;s article in the next pane, with the sentence selected: 1 / 2 / 3 tags it (%1, or Enter in the list)</source>
        <translation>Buka artikel padanan di panel berikutnya dengan kalimatnya terpilih: 1 / 2 / 3 menandainya (%1, atau Enter di daftar)</translation>
    </message>
    <message>
        <source>Finding matches…</source>
        <translation>Mencari padanan…</translation>
    </message>
    <message>
        <source>Matches could not be found: %1</source>
        <translation>Padanan tidak dapat dicari: %1</translation>
    </message>
    <message>
        <source>No matches in the other articles.</source>
        <translation>Tidak ada padanan di artikel lain.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 linked as %2</source>
        <translation>%1 ditautkan sebagai %2</translation>
    </message>
    <message>
        <source>Score %1, suggested relation: %2</source>
        <translation>Skor %1, usulan hubungan: %2</translation>
    </message>
    <message>
        <source>reported earlier</source>
        <translation>diberitakan lebih dulu</translation>
    </message>
    <message>
        <source>reported later</source>
        <translation>diberitakan belakangan</translation>
    </message>
    <message>
        <source>reported the same day</source>
        <translation>diberitakan pada hari yang sama</translation>
    </message>
    <message>
        <source>Single source: %1</source>
        <translation>Satu sumber saja: %1</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Proyek baru…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Buka proyek…</translation>
    </message>
    <message>
        <source>&amp;Import articles…</source>
        <translation>&amp;Impor artikel…</translation>
    </message>
    <message>
        <source>Import text, Markdown, HTML … files (or drop them on the window)</source>
        <translation>Impor berkas teks, Markdown, HTML … (atau jatuhkan ke jendela ini)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <source>Export the claims as a dataset (JSONL, CSV, W3C, …)</source>
        <translation>Ekspor klaim sebagai dataset (JSONL, CSV, W3C, …)</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Pulihkan dari cadan&amp;gan…</translation>
    </message>
    <message>
        <source>Put one of the automatic backups in place of this project&apos;s file</source>
        <translation>Ganti berkas proyek ini dengan salah satu cadangan otomatis</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>&amp;Find in article…</source>
        <translation>&amp;Cari di artikel…</translation>
    </message>
    <message>
        <source>&amp;Search project…</source>
        <translation>Cari di &amp;proyek…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Pen&amp;gaturan…</translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <translation>Tandai %1</translation>
    </message>
    <message>
        <source>Tag the selected text as %1 (key %2); on a selected claim, change its verdict</source>
        <translation>Tandai teks terpilih sebagai %1 (tombol %2); pada klaim terpilih, ubah putusannya</translation>
    </message>
    <message>
        <source>&amp;Delete claim</source>
        <translation>&amp;Hapus klaim</translation>
    </message>
    <message>
        <source>&amp;Next claim</source>
        <translation>Klaim &amp;berikutnya</translation>
    </message>
    <message>
        <source>Select the next claim in the active article</source>
        <translation>Pilih klaim berikutnya di artikel yang aktif</translation>
    </message>
    <message>
        <source>&amp;Previous claim</source>
        <translation>Klaim &amp;sebelumnya</translation>
    </message>
    <message>
        <source>Link as “%1”</source>
        <translation>Tautkan sebagai “%1”</translation>
    </message>
    <message>
        <source>Link the selected claim to the claim selected in another pane</source>
        <translation>Tautkan klaim terpilih dengan klaim yang dipilih di panel lain</translation>
    </message>
    <message>
        <source>&amp;Add pane</source>
        <translation>Tambah &amp;panel</translation>
    </message>
    <message>
        <source>Read another article side by side (up to 4)</source>
        <translation>Baca artikel lain berdampingan (hingga 4)</translation>
    </message>
    <message>
        <source>＋ Pane</source>
        <translation>＋ Panel</translation>
    </message>
    <message>
        <source>&amp;Close pane</source>
        <translation>T&amp;utup panel</translation>
    </message>
    <message>
        <source>－ Pane</source>
        <translation>－ Panel</translation>
    </message>
    <message>
        <source>&amp;Next pane</source>
        <translation>Panel beri&amp;kutnya</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next reading pane</source>
        <translation>Pindahkan fokus keyboard ke panel baca berikutnya</translation>
    </message>
    <message>
        <source>Pre&amp;vious pane</source>
        <translation>Panel sebelu&amp;mnya</translation>
    </message>
    <message>
        <source>S&amp;ynchronised scrolling</source>
        <translation>Gulir &amp;serentak</translation>
    </message>
    <message>
        <source>S&amp;tatistics…</source>
        <translation>S&amp;tatistik…</translation>
    </message>
    <message>
        <source>Verdict counts per outlet, article, annotator and week, as charts</source>
        <translation>Jumlah putusan per media, artikel, anotator, dan pekan, dalam bentuk grafik</translation>
    </message>
    <message>
        <source>A&amp;djudication…</source>
        <translation>A&amp;djudikasi…</translation>
    </message>
    <message>
        <source>Where annotators disagree, side by side; settle it into a gold layer</source>
        <translation>Tempat anotator berbeda pendapat, berdampingan; putuskan ke lapisan acuan</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Pintasan papan &amp;ketik</translation>
    </message>
    <message>
        <source>Every key of the menus (also: ? when not typing in a field)</source>
        <translation>Semua tombol pintasan menu (juga: ? saat tidak sedang mengetik di kolom)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>Panduan &amp;pengguna</translation>
    </message>
    <message>
        <source>&amp;About Annotator</source>
        <translation>&amp;Tentang Annotator</translation>
    </message>
    <message>
        <source>Open the &amp;demo project</source>
        <translation>Buka proyek &amp;demo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Buka te&amp;rbaru</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Klaim</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation>Penandaan</translation>
    </message>
    <message>
        <source>↶ Undo</source>
        <translation>↶ Urungkan</translation>
    </message>
    <message>
        <source>↷ Redo</source>
        <translation>↷ Ulangi</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Pilih</translation>
    </message>
    <message>
        <source>Retag as %1</source>
        <translation>Ubah tanda menjadi %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Link to the selected claim as “%1”</source>
        <translation>Tautkan ke klaim terpilih sebagai “%1”</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Open in the active pane</source>
        <translation>Buka di panel aktif</translation>
    </message>
    <message>
        <source>Open in a new pane</source>
        <translation>Buka di panel baru</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detail…</translation>
    </message>
    <message>
        <source>Set language…</source>
        <translation>Atur bahasa…</translation>
    </message>
    <message>
        <source>Export this article…</source>
        <translation>Ekspor artikel ini…</translation>
    </message>
    <message>
        <source>Remove article (Ctrl+Z brings it back)</source>
        <translation>Hapus artikel (Ctrl+Z mengembalikannya)</translation>
    </message>
    <message>
        <source>Linked: %1</source>
        <translation>Ditautkan: %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>%1 is not a web address: it must start with http:// or https:// and name a host</source>
        <translation>%1 bukan alamat web: harus diawali http:// atau https:// dan menyebut nama host</translation>
    </message>
    <message>
        <source>%1 is not a date: use yyyy-mm-dd (2024-05-31) or an ISO date and time (2024-05-31T08:15:00+07:00)</source>
        <translation>%1 bukan tanggal: gunakan yyyy-mm-dd (2024-05-31) atau tanggal dan waktu ISO (2024-05-31T08:15:00+07:00)</translation>
    </message>
    <message>
        <source>%1 is not a language code: use an ISO 639-1 code such as id, en or ar (or nothing, to use the detected language)</source>
        <translation>%1 bukan kode bahasa: gunakan kode ISO 639-1 seperti id, en, atau ar (atau kosongkan untuk memakai bahasa yang terdeteksi)</translation>
    </message>
    <message>
        <source>confidence %1 must lie between 0 and 1</source>
        <translation>keyakinan %1 harus di antara 0 dan 1</translation>
    </message>
    <message>
        <source>a document&apos;s title cannot be empty</source>
        <translation>judul dokumen tidak boleh kosong</translation>
    </message>
    <message>
        <source>a claim cannot be linked to itself</source>
        <translation>klaim tidak dapat ditautkan ke dirinya sendiri</translation>
    </message>
    <message>
        <source>these claims are already linked as %1</source>
        <translation>klaim-klaim ini sudah ditautkan sebagai %1</translation>
    </message>
    <message>
        <source>evidence needs a URL (or a reference)</source>
        <translation>bukti memerlukan URL (atau rujukan)</translation>
    </message>
    <message>
        <source>the adjudicator needs a name (the gold layer&apos;s annotator)</source>
        <translation>pemutus memerlukan nama (anotator lapisan acuan)</translation>
    </message>
    <message>
        <source>the %1 export needs %2: pip install &apos;annotator[%3]&apos;</source>
        <translation>ekspor %1 memerlukan %2: pip install &apos;annotator[%3]&apos;</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>berkas kosong</translation>
    </message>
    <message>
        <source>the file has no text</source>
        <translation>berkas tidak berisi teks</translation>
    </message>
    <message>
        <source>this is a binary file, not text</source>
        <translation>ini berkas biner, bukan teks</translation>
    </message>
    <message>
        <source>the text encoding could not be recognised: the bytes fit neither UTF-8 nor any other known encoding</source>
        <translation>penyandian teks tidak dikenali: bita-bitanya tidak cocok dengan UTF-8 maupun penyandian lain yang dikenal</translation>
    </message>
    <message>
        <source>no article text found in the file</source>
        <translation>tidak ada teks artikel di dalam berkas</translation>
    </message>
    <message>
        <source>an article in the file has no text</source>
        <translation>ada artikel di dalam berkas yang tidak berisi teks</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>berkas atau folder tidak ada</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>bukan berkas biasa</translation>
    </message>
    <message>
        <source>permission denied: the file cannot be read</source>
        <translation>izin ditolak: berkas tidak dapat dibaca</translation>
    </message>
    <message>
        <source>a symbolic link that loops back on itself</source>
        <translation>tautan simbolis yang mengarah kembali ke dirinya sendiri</translation>
    </message>
    <message>
        <source>a symbolic link to nothing (its target is missing)</source>
        <translation>tautan simbolis ke sesuatu yang tidak ada (tujuannya hilang)</translation>
    </message>
    <message>
        <source>this is not a PDF file: it does not start with the PDF header</source>
        <translation>ini bukan berkas PDF: awalnya bukan kepala PDF</translation>
    </message>
    <message>
        <source>the PDF is password-protected; save an unprotected copy first</source>
        <translation>PDF ini dilindungi kata sandi; simpan dulu salinan tanpa perlindungan</translation>
    </message>
    <message>
        <source>the PDF has no text layer (it is scanned or made of images); run text recognition (OCR) on it first</source>
        <translation>PDF ini tidak punya lapisan teks (hasil pindaian atau berupa gambar); jalankan dulu pengenalan teks (OCR) padanya</translation>
    </message>
    <message>
        <source>this is not an HTML page: no HTML tags were found</source>
        <translation>ini bukan halaman HTML: tidak ada tag HTML</translation>
    </message>
    <message>
        <source>no article text was found in the page (it looks like an index, menu or empty page)</source>
        <translation>tidak ada teks artikel di halaman ini (tampaknya halaman indeks, menu, atau halaman kosong)</translation>
    </message>
    <message>
        <source>the Word document has no text</source>
        <translation>dokumen Word ini tidak berisi teks</translation>
    </message>
    <message>
        <source>the JSON array is empty: there are no articles in it</source>
        <translation>larik JSON kosong: tidak ada artikel di dalamnya</translation>
    </message>
    <message>
        <source>the file has no JSON lines</source>
        <translation>berkas tidak berisi baris JSON</translation>
    </message>
    <message>
        <source>unsupported file type %1; supported: %2</source>
        <translation>jenis berkas %1 tidak didukung; yang didukung: %2</translation>
    </message>
    <message>
        <source>the file is over the %1 import limit</source>
        <translation>berkas melebihi batas impor %1</translation>
    </message>
    <message>
        <source>the file is %1, over the %2 import limit</source>
        <translation>berkas berukuran %1, melebihi batas impor %2</translation>
    </message>
    <message>
        <source>this is an old-style .doc file, not a %1: save it as .docx in Word or LibreOffice first</source>
        <translation>ini berkas .doc model lama, bukan %1: simpan dulu sebagai .docx di Word atau LibreOffice</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>dokumen Word</translation>
    </message>
    <message>
        <source>malformed JSON at line %1, column %2: %3</source>
        <translation>JSON rusak di baris %1, kolom %2: %3</translation>
    </message>
    <message>
        <source>the %1 is damaged or not what its name says</source>
        <translation>%1 ini rusak atau bukan seperti yang disebut namanya</translation>
    </message>
    <message>
        <source>the %1 is damaged or not what its name says (%2)</source>
        <translation>%1 ini rusak atau bukan seperti yang disebut namanya (%2)</translation>
    </message>
    <message>
        <source>the %1 is too large or complex to read</source>
        <translation>%1 ini terlalu besar atau rumit untuk dibaca</translation>
    </message>
    <message>
        <source>the %1 is nested too deeply to read</source>
        <translation>%1 ini bersarang terlalu dalam untuk dibaca</translation>
    </message>
    <message>
        <source>this is not a %1: a .docx file is a zip archive and this one is not</source>
        <translation>ini bukan %1: berkas .docx adalah arsip zip, dan berkas ini bukan</translation>
    </message>
    <message>
        <source>the %1 would unpack to %2, far more than any article; refused (it may be a zip bomb)</source>
        <translation>%1 ini akan membengkak menjadi %2 bila dibuka, jauh melebihi artikel mana pun; ditolak (mungkin sebuah bom zip)</translation>
    </message>
    <message>
        <source>over %1 MB</source>
        <translation>lebih dari %1 MB</translation>
    </message>
    <message>
        <source>the %1 contains an XML document type declaration (%2), which Word never writes; refused for safety</source>
        <translation>%1 ini memuat deklarasi tipe dokumen XML (%2), yang tidak pernah ditulis Word; ditolak demi keamanan</translation>
    </message>
    <message>
        <source>this is %1, not text</source>
        <translation>ini %1, bukan teks</translation>
    </message>
    <message>
        <source>the file claims to be %1 but has invalid bytes at byte %2</source>
        <translation>berkas ini mengaku %1 tetapi memiliki bita tidak sah pada bita ke-%2</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>berkas tidak dapat dibaca (%1)</translation>
    </message>
    <message>
        <source>%1: expected an object with a &quot;text&quot; field, found %2</source>
        <translation>%1: seharusnya objek dengan bidang &quot;text&quot;, ternyata %2</translation>
    </message>
    <message>
        <source>%1: the required field &quot;text&quot; is missing</source>
        <translation>%1: bidang wajib &quot;text&quot; tidak ada</translation>
    </message>
    <message>
        <source>%1: &quot;text&quot; must be a string, not %2</source>
        <translation>%1: &quot;text&quot; harus berupa string, bukan %2</translation>
    </message>
    <message>
        <source>%1: &quot;text&quot; is empty</source>
        <translation>%1: &quot;text&quot; kosong</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string, not %3</source>
        <translation>%1: &quot;%2&quot; harus berupa string, bukan %3</translation>
    </message>
    <message>
        <source>expected an object or an array of objects, found %1</source>
        <translation>seharusnya objek atau larik objek, ternyata %1</translation>
    </message>
    <message>
        <source>the JSON at line %1 is nested too deeply</source>
        <translation>JSON di baris %1 bersarang terlalu dalam</translation>
    </message>
    <message>
        <source>the object</source>
        <translation>objek itu</translation>
    </message>
    <message>
        <source>article %1</source>
        <translation>artikel %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>baris %1</translation>
    </message>
    <message>
        <source>line %1, %2</source>
        <translation>baris %1, %2</translation>
    </message>
    <message>
        <source>web page</source>
        <translation>halaman web</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>berkas PDF</translation>
    </message>
    <message>
        <source>text file</source>
        <translation>berkas teks</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>gambar PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>gambar JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>gambar GIF</translation>
    </message>
    <message>
        <source>a RIFF media file</source>
        <translation>berkas media RIFF</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>sebuah program</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>dokumen PDF</translation>
    </message>
    <message>
        <source>a zip archive (or a Word/OpenDocument file)</source>
        <translation>arsip zip (atau berkas Word/OpenDocument)</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>arsip gzip</translation>
    </message>
    <message>
        <source>an old Office document</source>
        <translation>dokumen Office model lama</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>arsip 7-Zip</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation>basis data SQLite</translation>
    </message>
    <message>
        <source>a binary file</source>
        <translation>berkas biner</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>objek</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>larik</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>string</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>angka</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>sebuah nilai</translation>
    </message>
    <message>
        <source>over %1 MB of XML</source>
        <translation>lebih dari %1 MB XML</translation>
    </message>
    <message>
        <source>over %1 XML elements</source>
        <translation>lebih dari %1 elemen XML</translation>
    </message>
    <message>
        <source>over %1 paragraphs</source>
        <translation>lebih dari %1 paragraf</translation>
    </message>
    <message>
        <source>the page has %1 HTML elements, more than the %2 an article page could need; refused</source>
        <translation>halaman ini memiliki %1 elemen HTML, melebihi %2 yang mungkin diperlukan halaman artikel; ditolak</translation>
    </message>
    <message>
        <source>the page holds %1 MB of text and markup besides scripts and images, more than the %2 MB an article page could need; refused</source>
        <translation>halaman ini memuat %1 MB teks dan markup di luar skrip dan gambar, melebihi %2 MB yang mungkin diperlukan halaman artikel; ditolak</translation>
    </message>
    <message>
        <source>the PDF has %1 pages, more than the %2 an article could need; refused</source>
        <translation>PDF ini memiliki %1 halaman, melebihi %2 yang mungkin diperlukan sebuah artikel; ditolak</translation>
    </message>
    <message>
        <source>page %1 of the PDF draws %2 MB of content, over the %3 MB a page could need; refused</source>
        <translation>halaman %1 PDF ini menggambar %2 MB konten, melebihi %3 MB yang mungkin diperlukan satu halaman; ditolak</translation>
    </message>
    <message>
        <source>the PDF&apos;s pages draw over %1 MB of content (by page %2 of %3), more than an article could need; refused</source>
        <translation>halaman-halaman PDF ini menggambar lebih dari %1 MB konten (sampai halaman %2 dari %3), melebihi yang mungkin diperlukan sebuah artikel; ditolak</translation>
    </message>
    <message>
        <source>reading the file took over %1 s, which no article needs: it is too large or too complex; refused</source>
        <translation>membaca berkas ini memakan lebih dari %1 detik, yang tidak diperlukan artikel mana pun: berkas ini terlalu besar atau terlalu rumit; ditolak</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 baris %2</translation>
    </message>
    <message>
        <source>%1, claim %2</source>
        <translation>%1, klaim %2</translation>
    </message>
    <message>
        <source>%1: missing field %2</source>
        <translation>%1: bidang %2 tidak ada</translation>
    </message>
    <message>
        <source>%1: field %2 has the wrong type</source>
        <translation>%1: bidang %2 berjenis salah</translation>
    </message>
    <message>
        <source>%1: field %2 holds a NUL or a lone surrogate, which an Annotator export never does; the file was changed by hand</source>
        <translation>%1: bidang %2 memuat NUL atau surrogate tunggal, yang tidak pernah ada di ekspor Annotator; berkas ini diubah dengan tangan</translation>
    </message>
    <message>
        <source>%1: direction must be ltr or rtl</source>
        <translation>%1: arah harus ltr atau rtl</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (or is nested too deeply)</source>
        <translation>%1 bukan JSON yang sah (atau bersarang terlalu dalam)</translation>
    </message>
    <message>
        <source>%1 is not an Annotator export record (no %2 field)</source>
        <translation>%1 bukan rekaman ekspor Annotator (tidak ada bidang %2)</translation>
    </message>
    <message>
        <source>%1 was written by a newer Annotator (format %2); update Annotator to read it</source>
        <translation>%1 ditulis oleh Annotator yang lebih baru (format %2); perbarui Annotator untuk membacanya</translation>
    </message>
    <message>
        <source>%1: a claim, evidence or link is not a JSON object</source>
        <translation>%1: sebuah klaim, bukti, atau tautan bukan objek JSON</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: link %2 points at claim %3, which the file does not hold; nothing was imported</source>
        <translation>%1: tautan %2 menunjuk ke klaim %3, yang tidak ada di berkas ini; tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported</source>
        <translation>%1: %2; tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>some %1 of this file are already in the project (same ids)</source>
        <translation>sebagian %1 dari berkas ini sudah ada di proyek (id yang sama)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>dokumen</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>klaim</translation>
    </message>
    <message>
        <source>evidence items</source>
        <translation>bukti</translation>
    </message>
    <message>
        <source>links</source>
        <translation>tautan</translation>
    </message>
    <message>
        <source>unknown verdict %1: use one of %2</source>
        <translation>putusan %1 tidak dikenal: gunakan salah satu dari %2</translation>
    </message>
    <message>
        <source>unknown link kind %1: use one of %2</source>
        <translation>jenis tautan %1 tidak dikenal: gunakan salah satu dari %2</translation>
    </message>
    <message>
        <source>span offsets must be whole numbers</source>
        <translation>ofset rentang harus bilangan bulat</translation>
    </message>
    <message>
        <source>span [%1, %2) lies outside the text, which has %3 characters</source>
        <translation>rentang [%1, %2) berada di luar teks, yang panjangnya %3 karakter</translation>
    </message>
    <message>
        <source>span [%1, %2) is empty: start must be before end</source>
        <translation>rentang [%1, %2) kosong: awal harus sebelum akhir</translation>
    </message>
    <message>
        <source>confidence %1 is not a number</source>
        <translation>keyakinan %1 bukan angka</translation>
    </message>
    <message>
        <source>claim %1: quote does not match the text at [%2, %3)</source>
        <translation>klaim %1: kutipan tidak sama dengan teks di [%2, %3)</translation>
    </message>
    <message>
        <source>document %1: text is empty or not normalised</source>
        <translation>dokumen %1: teksnya kosong atau tidak ternormalisasi</translation>
    </message>
    <message>
        <source>the %1 holds a lone surrogate (%2), which is not a character; the file is not valid Unicode</source>
        <translation>%1 memuat surrogate tunggal (%2), yang bukan karakter; berkas ini bukan Unicode yang sah</translation>
    </message>
    <message>
        <source>the file could not be read (%1)</source>
        <translation>berkas tidak dapat dibaca (%1)</translation>
    </message>
    <message>
        <source>the file could not be read (unexpected %1)</source>
        <translation>berkas tidak dapat dibaca (%1 tak terduga)</translation>
    </message>
    <message>
        <source>%1 article(s)</source>
        <translation>%1 artikel</translation>
    </message>
    <message>
        <source>%1 article(s), %2 duplicate(s) skipped</source>
        <translation>%1 artikel, %2 duplikat dilewati</translation>
    </message>
    <message>
        <source>already in the project as “%1”</source>
        <translation>sudah ada di proyek sebagai “%1”</translation>
    </message>
    <message>
        <source>all %1 articles are already in the project</source>
        <translation>semua %1 artikel sudah ada di proyek</translation>
    </message>
    <message>
        <source>everything in this Annotator export is already in the project</source>
        <translation>seluruh isi ekspor Annotator ini sudah ada di proyek</translation>
    </message>
    <message>
        <source>an Annotator export: %1</source>
        <translation>ekspor Annotator: %1</translation>
    </message>
    <message>
        <source>%1 new article(s)</source>
        <translation>%1 artikel baru</translation>
    </message>
    <message>
        <source>1 already here (its claims added to it)</source>
        <translation>1 sudah ada (klaimnya ditambahkan ke artikel itu)</translation>
    </message>
    <message>
        <source>%1 already here (their claims added to them)</source>
        <translation>%1 sudah ada (klaimnya ditambahkan ke artikel-artikel itu)</translation>
    </message>
    <message>
        <source>%1 claim(s), %2 link(s)</source>
        <translation>%1 klaim, %2 tautan</translation>
    </message>
    <message>
        <source>%1 claim(s) and link(s) already in the project left as they are</source>
        <translation>%1 klaim dan tautan yang sudah ada di proyek dibiarkan apa adanya</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>exported %1 claim(s) from %2 document(s) as %3 to %4</source>
        <translation>%1 klaim dari %2 dokumen diekspor sebagai %3 ke %4</translation>
    </message>
    <message>
        <source>cannot write %1: %2; nothing was written</source>
        <translation>tidak dapat menulis %1: %2; tidak ada yang ditulis</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disk penuh</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>izin ditolak</translation>
    </message>
    <message>
        <source>the disk or folder is read-only</source>
        <translation>disk atau folder itu hanya-baca</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>tidak dapat menulis %1: folder %2 tidak ada</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder; give a file name</source>
        <translation>tidak dapat menulis %1: itu sebuah folder; beri nama berkas</translation>
    </message>
    <message>
        <source>cannot write %1: it is a file; this format writes a folder</source>
        <translation>tidak dapat menulis %1: itu sebuah berkas; format ini menulis sebuah folder</translation>
    </message>
    <message>
        <source>%1 already holds other files; choose an empty or new folder for this export</source>
        <translation>%1 sudah berisi berkas lain; pilih folder kosong atau baru untuk ekspor ini</translation>
    </message>
    <message>
        <source>cannot write %1: it is %2, not a regular file; choose a file name</source>
        <translation>tidak dapat menulis %1: itu %2, bukan berkas biasa; pilih nama berkas</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>pipa bernama (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>perangkat karakter</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>perangkat blok</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>soket</translation>
    </message>
    <message>
        <source>cannot write %1: it is a symbolic link that loops back on itself</source>
        <translation>tidak dapat menulis %1: itu tautan simbolik yang berputar kembali ke dirinya sendiri</translation>
    </message>
    <message>
        <source>cannot write %1: it is no longer a regular file; nothing was written</source>
        <translation>tidak dapat menulis %1: itu bukan lagi berkas biasa; tidak ada yang ditulis</translation>
    </message>
    <message>
        <source>%1 is the project&apos;s own file: an export there would replace the project; choose another name</source>
        <translation>%1 adalah berkas proyek ini sendiri: ekspor ke sana akan menimpa proyek; pilih nama lain</translation>
    </message>
    <message>
        <source>%1 link(s) to claims outside this export were left out</source>
        <translation>%1 tautan ke klaim di luar ekspor ini tidak disertakan</translation>
    </message>
    <message>
        <source>%1 link(s) between documents cannot be %2 relations and were left out</source>
        <translation>%1 tautan antardokumen tidak dapat menjadi relasi %2 dan tidak disertakan</translation>
    </message>
    <message>
        <source>%1 link(s) join claims of different documents or annotators; Label Studio relations cannot hold them</source>
        <translation>%1 tautan menghubungkan klaim dari dokumen atau anotator yang berbeda; relasi Label Studio tidak dapat memuatnya</translation>
    </message>
    <message>
        <source>%1 cell(s) starting with =, +, -, @ or a control character were prefixed with &apos; so spreadsheets do not run them as formulas (%2; the JSONL export keeps the raw text)</source>
        <translation>%1 sel yang diawali =, +, -, @ atau karakter kendali diberi awalan &apos; agar lembar kerja tidak menjalankannya sebagai rumus (%2; ekspor JSONL menyimpan teks aslinya)</translation>
    </message>
    <message>
        <source>row %1 %2</source>
        <translation>baris %1 %2</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 dan %2 lainnya</translation>
    </message>
    <message>
        <source>%1 %2 claim(s) left out: no rating is mapped to %2</source>
        <translation>%1 klaim %2 tidak disertakan: tidak ada penilaian yang dipetakan ke %2</translation>
    </message>
    <message>
        <source>%1 review(s) have no appearance: their article has no URL</source>
        <translation>%1 ulasan tanpa appearance (tempat klaim itu terbit): artikelnya tidak memiliki URL</translation>
    </message>
    <message>
        <source>%1 claim(s) span a line break; brat shows them as discontinuous spans without the break</source>
        <translation>%1 klaim melintasi pergantian baris; brat menampilkannya sebagai rentang terputus tanpa pergantian baris itu</translation>
    </message>
    <message>
        <source>%1 claim(s) start or end inside a spaCy token; those tokens were split so each span matches its quote exactly</source>
        <translation>%1 klaim berawal atau berakhir di dalam token spaCy; token itu dipecah agar setiap rentang sama persis dengan kutipannya</translation>
    </message>
    <message>
        <source>no spaCy tokenizer could be loaded for %1; those documents use spaCy&apos;s multi-language tokenizer</source>
        <translation>tidak ada tokenizer spaCy yang dapat dimuat untuk %1; dokumen-dokumen itu memakai tokenizer multibahasa spaCy</translation>
    </message>
    <message>
        <source>%1 claim(s) could not become spaCy spans: %2</source>
        <translation>%1 klaim tidak dapat menjadi rentang spaCy: %2</translation>
    </message>
    <message>
        <source>Agreement needs the claims of two or more annotators; only %1 tagged claims here.</source>
        <translation>Kesepakatan memerlukan klaim dari dua anotator atau lebih; di sini hanya %1 yang menandai klaim.</translation>
    </message>
    <message>
        <source>Agreement needs the claims of two or more annotators; no one tagged claims here.</source>
        <translation>Kesepakatan memerlukan klaim dari dua anotator atau lebih; belum ada yang menandai klaim di sini.</translation>
    </message>
    <message>
        <source>Agreement needs documents that two or more annotators tagged; no annotator tagged a document another one tagged.</source>
        <translation>Kesepakatan memerlukan dokumen yang ditandai oleh dua anotator atau lebih; belum ada anotator yang menandai dokumen yang juga ditandai anotator lain.</translation>
    </message>
    <message>
        <source>neither annotator tagged a claim in a shared document</source>
        <translation>tidak satu pun anotator menandai klaim di dokumen bersama</translation>
    </message>
    <message>
        <source>no unit that both annotators tagged</source>
        <translation>tidak ada unit yang ditandai kedua anotator</translation>
    </message>
    <message>
        <source>both annotators used one and the same verdict throughout, so chance agreement is total</source>
        <translation>kedua anotator memakai satu putusan yang sama di semua unit, sehingga kesepakatan karena kebetulan menjadi penuh</translation>
    </message>
    <message>
        <source>no unit that every annotator tagged</source>
        <translation>tidak ada unit yang ditandai semua anotator</translation>
    </message>
    <message>
        <source>a single verdict on every unit every annotator tagged, so chance agreement is total</source>
        <translation>satu putusan yang sama di setiap unit yang ditandai semua anotator, sehingga kesepakatan karena kebetulan menjadi penuh</translation>
    </message>
    <message>
        <source>no unit that two annotators tagged</source>
        <translation>tidak ada unit yang ditandai dua anotator</translation>
    </message>
    <message>
        <source>a single verdict on every matched unit, so there is no disagreement to expect by chance</source>
        <translation>satu putusan yang sama di setiap unit yang dipasangkan, sehingga tidak ada ketidaksepakatan yang bisa diharapkan karena kebetulan</translation>
    </message>
    <message>
        <source>no document that both annotators tagged</source>
        <translation>tidak ada dokumen yang ditandai kedua anotator</translation>
    </message>
    <message>
        <source>no unit that all %1 annotators tagged</source>
        <translation>tidak ada unit yang ditandai oleh semua %1 anotator</translation>
    </message>
    <message>
        <source>same claim</source>
        <translation>klaim yang sama</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>mendukung</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>membantah</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Cannot open the article</source>
        <translation>Artikel tidak dapat dibuka</translation>
    </message>
    <message>
        <source>Four panes are open: “%1” (the one used least recently) made way.</source>
        <translation>Empat panel sudah terbuka: “%1” (yang paling lama tidak dipakai) diganti.</translation>
    </message>
    <message>
        <source>Link the two selected claims: Ctrl+Alt+1 same · 2 supports · 3 contradicts</source>
        <translation>Tautkan dua klaim terpilih: Ctrl+Alt+1 sama · 2 mendukung · 3 membantah</translation>
    </message>
</context>
<context>
    <name>PageCheck</name>
    <message>
        <source>Checking %1 for damage (you can go on working)…</source>
        <translation>Memeriksa kerusakan %1 (Anda dapat terus bekerja)…</translation>
    </message>
    <message>
        <source>The project is damaged</source>
        <translation>Proyek rusak</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>solid underline</source>
        <extracomment>detail levels, widest first: (each verdict&apos;s text, the note on links shown)</extracomment>
        <translation>garis bawah utuh</translation>
    </message>
    <message>
        <source>wavy underline</source>
        <translation>garis bawah bergelombang</translation>
    </message>
    <message>
        <source>dashed underline</source>
        <translation>garis bawah putus-putus</translation>
    </message>
    <message>
        <source>%1 &lt;small&gt;[%2]&lt;/small&gt;</source>
        <translation>%1 &lt;small&gt;[%2]&lt;/small&gt;</translation>
    </message>
    <message>
        <source>%1: %2, key %3</source>
        <translation>%1: %2, tombol %3</translation>
    </message>
    <message>
        <source>&lt;small&gt;%1 linked · darker: overlap&lt;/small&gt;</source>
        <translation>&lt;small&gt;%1 tertaut · lebih gelap: tumpang-tindih&lt;/small&gt;</translation>
    </message>
    <message>
        <source>%1 in the margin and an overline: the claim is linked to another claim.
A darker highlight: claims overlap there (click again to reach the next one).</source>
        <translation>%1 di margin dan garis atas: klaim itu tertaut ke klaim lain.
Sorotan lebih gelap: ada klaim yang tumpang-tindih (klik lagi untuk ke klaim berikutnya).</translation>
    </message>
</context>
<context>
    <name>PaneFilter</name>
    <message>
        <source>Showing only %1&apos;s claims</source>
        <extracomment>the gold layer of the adjudication window, when open: not one of the disagreeing</extracomment>
        <translation>Hanya menampilkan klaim %1</translation>
    </message>
    <message>
        <source>Showing only claims where annotators disagree</source>
        <translation>Hanya menampilkan klaim yang diperselisihkan anotator</translation>
    </message>
    <message>
        <source>&amp;All annotators</source>
        <translation>&amp;Semua anotator</translation>
    </message>
    <message>
        <source>Only &amp;disagreements</source>
        <translation>Hanya &amp;perbedaan</translation>
    </message>
    <message>
        <source>Showing every annotator&apos;s claims</source>
        <translation>Menampilkan klaim semua anotator</translation>
    </message>
    <message>
        <source>Show claims &amp;of</source>
        <translation>Tampilkan klaim da&amp;ri</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Pilih semua</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Naikkan</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Turunkan</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Cari di:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Jenis berkas:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Folder induk</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Ke folder induk</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Buat sebuah folder baru</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Tampilan daftar</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Beralih ke tampilan daftar</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Tampilan rinci</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Beralih ke tampilan rinci</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Bilah samping</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Daftar tempat dan markah</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti nama</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Tampilkan berkas &amp;tersembunyi</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Folder &amp;baru</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Tampilkan </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 sudah ada.
Anda ingin menggantinya?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Tanggal diubah</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Tampilkan Detail...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Sembunyikan Detail...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Jangan Simpan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur Ulang</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba Lagi</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;Semua</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>T&amp;idak untuk Semua</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Kembalikan Bawaan</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <source>Find in this article…</source>
        <extracomment>Matches counted at most (&quot;3 of 1000+&quot;): counting all of a one-letter search in a long article would delay every keystroke.</extracomment>
        <translation>Cari di artikel ini…</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Hasil sebelumnya (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Hasil berikutnya (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>tidak ditemukan</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>dari %1</translation>
    </message>
    <message>
        <source>Article details: title, outlet, address, date, author, language (or double-click the title)</source>
        <translation>Detail artikel: judul, media, alamat, tanggal, penulis, bahasa (atau klik dua kali judulnya)</translation>
    </message>
    <message>
        <source>Article details</source>
        <translation>Detail artikel</translation>
    </message>
    <message>
        <source>Close this pane</source>
        <translation>Tutup panel ini</translation>
    </message>
    <message>
        <source>Open an article from the Library (double-click), or import articles with File ▸ Import (Ctrl+I) or by dropping files on the window.</source>
        <translation>Buka artikel dari Pustaka (klik dua kali), atau impor artikel lewat Berkas ▸ Impor (Ctrl+I) atau dengan menjatuhkan berkas ke jendela ini.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Tanpa judul</translation>
    </message>
    <message>
        <source>Language set by hand</source>
        <translation>Bahasa diatur manual</translation>
    </message>
    <message>
        <source>Detected language</source>
        <translation>Bahasa terdeteksi</translation>
    </message>
    <message>
        <source>No language could be detected reliably</source>
        <translation>Bahasa tidak dapat dideteksi dengan andal</translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>Belum ada artikel yang dibuka</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Damaged project</source>
        <extracomment>Asked when a file is damaged and a verified backup exists: True restores it.</extracomment>
        <translation>Proyek rusak</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is damaged.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Restore the backup from %2?</source>
        <translation>&lt;b&gt;%1 rusak.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Pulihkan cadangan dari %2?</translation>
    </message>
    <message>
        <source>The damaged file is kept beside it as %1.damaged-…, untouched; edits made after %2 are only in that file.</source>
        <translation>Berkas yang rusak disimpan di sebelahnya sebagai %1.damaged-…, tanpa diubah; suntingan setelah %2 hanya ada di berkas itu.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Don&apos;t restore</source>
        <translation>Jangan pulihkan</translation>
    </message>
    <message>
        <source>Backup from %1 restored (damaged file kept aside).</source>
        <translation>Cadangan dari %1 dipulihkan (berkas rusak disimpan terpisah).</translation>
    </message>
    <message>
        <source>Backup from %1 restored.</source>
        <translation>Cadangan dari %1 dipulihkan.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>Put a backup of %1 in place of the current file.
The current file is backed up first, so this can be undone the same way.</source>
        <translation>Ganti berkas saat ini dengan cadangan %1.
Berkas saat ini dicadangkan lebih dulu, jadi langkah ini bisa dibatalkan dengan cara yang sama.</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>Belum ada cadangan</translation>
    </message>
    <message>
        <source>There is no backup of %1 yet. One is made when a changed project is opened, every 30 minutes of editing and when it is closed.</source>
        <translation>Belum ada cadangan %1. Cadangan dibuat saat proyek yang berubah dibuka, tiap 30 menit penyuntingan, dan saat proyek ditutup.</translation>
    </message>
    <message>
        <source>Restoring the backup from %1…</source>
        <translation>Memulihkan cadangan dari %1…</translation>
    </message>
    <message>
        <source>Cannot reopen the project</source>
        <translation>Proyek tidak dapat dibuka kembali</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Cadangan tidak dapat dipulihkan</translation>
    </message>
    <message>
        <source>Backup from %1 restored (the replaced file is a backup now).</source>
        <translation>Cadangan dari %1 dipulihkan (berkas yang diganti kini menjadi cadangan).</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>claim (%1)</source>
        <extracomment>Pause after the last keystroke before searching. Hits laid out per step of the list&apos;s layout.</extracomment>
        <translation>klaim (%1)</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>klaim</translation>
    </message>
    <message>
        <source>article text</source>
        <translation>teks artikel</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Tanpa judul</translation>
    </message>
    <message>
        <source>Search all articles and claims…</source>
        <translation>Cari di semua artikel dan klaim…</translation>
    </message>
    <message>
        <source>Type words to search; prefixes match (“vaks” finds “vaksin”), and Indonesian word forms (“tolak” finds “menolak”).</source>
        <translation>Ketik kata yang dicari; awalan kata ikut cocok (“vaks” menemukan “vaksin”), begitu pula bentuk kata bahasa Indonesia (“tolak” menemukan “menolak”).</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Tidak ada hasil.</translation>
    </message>
    <message>
        <source>%1, %2 — double-click or press Enter to open.</source>
        <translation>%1, %2 — klik dua kali atau tekan Enter untuk membuka.</translation>
    </message>
    <message>
        <source>%n article(s)</source>
        <translation>%n artikel</translation>
    </message>
    <message>
        <source>%n claim(s)</source>
        <translation>%n klaim</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Pencarian gagal: %1</translation>
    </message>
</context>
<context>
    <name>SentenceKeys</name>
    <message>
        <source>This article&apos;s sentences are still being found; try again in a moment.</source>
        <translation>Kalimat artikel ini masih dicari; coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>No check-worthy sentence in this article.</source>
        <translation>Tidak ada kalimat yang layak dicek di artikel ini.</translation>
    </message>
    <message>
        <source>Next check-&amp;worthy sentence</source>
        <extracomment>The Claim menu&apos;s entries, in menu order (ui/menus.py makes the actions).</extracomment>
        <translation>Kalimat layak-ce&amp;k berikutnya</translation>
    </message>
    <message>
        <source>Select the next sentence worth checking (figures, dates, sources…); 1 / 2 / 3 then tags it</source>
        <translation>Pilih kalimat berikutnya yang layak dicek (angka, tanggal, sumber…); lalu 1 / 2 / 3 menandainya</translation>
    </message>
    <message>
        <source>Previous check-worth&amp;y sentence</source>
        <translation>Kalimat layak-cek sebelu&amp;mnya</translation>
    </message>
    <message>
        <source>Select the previous sentence worth checking</source>
        <translation>Pilih kalimat sebelumnya yang layak dicek</translation>
    </message>
    <message>
        <source>Select the &amp;sentence at the cursor</source>
        <translation>Pilih ka&amp;limat di kursor</translation>
    </message>
    <message>
        <source>Select the whole sentence at the cursor; 1 / 2 / 3 then tags it</source>
        <translation>Pilih seluruh kalimat di posisi kursor; lalu 1 / 2 / 3 menandainya</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>e.g. Dewi Lestari or dlestari</source>
        <translation>mis. Dewi Lestari atau dlestari</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Files larger than this are refused when importing.</source>
        <translation>Berkas yang lebih besar dari ini ditolak saat impor.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Nama Anda:</translation>
    </message>
    <message>
        <source>Stored with each claim and verdict change you make.</source>
        <translation>Disimpan bersama setiap klaim dan perubahan putusan yang Anda buat.</translation>
    </message>
    <message>
        <source>ANNOTATOR_NAME is set to “%1” in the environment; it is used instead of this name while it is set.</source>
        <translation>ANNOTATOR_NAME di lingkungan sistem berisi “%1”; selama masih diatur, nama itulah yang dipakai, bukan nama ini.</translation>
    </message>
    <message>
        <source>&amp;Import size limit:</source>
        <translation>Batas ukuran &amp;impor:</translation>
    </message>
    <message>
        <source>Automatic (system language)</source>
        <translation>Otomatis (bahasa sistem)</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Ba&amp;hasa:</translation>
    </message>
    <message>
        <source>A new language applies the next time Annotator starts.</source>
        <translation>Bahasa baru berlaku saat Annotator dijalankan berikutnya.</translation>
    </message>
    <message>
        <source>Welcome to Annotator</source>
        <translation>Selamat datang di Annotator</translation>
    </message>
    <message>
        <source>Your name is stored with each claim you tag and each verdict you change, so a team can see who decided what. You can change it later in Settings.</source>
        <translation>Nama Anda disimpan bersama setiap klaim yang Anda tandai dan setiap putusan yang Anda ubah, sehingga tim bisa melihat siapa memutuskan apa. Anda bisa mengubahnya nanti di Pengaturan.</translation>
    </message>
    <message>
        <source>If you cancel, your claims are recorded as “%1”, the system user, until you set a name (the question comes back next time).</source>
        <translation>Jika Anda membatalkan, klaim Anda dicatat atas nama “%1”, pengguna sistem, sampai Anda mengisi nama (pertanyaan ini muncul lagi lain kali).</translation>
    </message>
</context>
<context>
    <name>SourcesHint</name>
    <message>
        <source>&lt;small&gt;Suggested from the sentence:&lt;/small&gt;</source>
        <translation>&lt;small&gt;Usulan dari kalimat:&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Pengklaim</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Diberitakan oleh</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Pakai</translation>
    </message>
    <message>
        <source>Put this in the claim&apos;s “%1” field (undoable)</source>
        <translation>Isikan ini ke kolom “%1” klaim (bisa diurungkan)</translation>
    </message>
    <message>
        <source> (unnamed)</source>
        <translation> (tanpa nama)</translation>
    </message>
</context>
<context>
    <name>StatisticsChart</name>
    <message>
        <source>Claims per outlet</source>
        <extracomment>the most bars a chart shows; the CSV always holds every group time charts fill the days or weeks without claims, up to this many bars</extracomment>
        <translation>Klaim per media</translation>
    </message>
    <message>
        <source>Claims per article</source>
        <translation>Klaim per artikel</translation>
    </message>
    <message>
        <source>Claims per annotator</source>
        <translation>Klaim per anotator</translation>
    </message>
    <message>
        <source>Claims by day tagged</source>
        <translation>Klaim menurut hari penandaan</translation>
    </message>
    <message>
        <source>Claims by week tagged</source>
        <translation>Klaim menurut pekan penandaan</translation>
    </message>
    <message>
        <source>Claims by day of publication</source>
        <translation>Klaim menurut hari terbit</translation>
    </message>
    <message>
        <source>Claims by week of publication</source>
        <translation>Klaim menurut pekan terbit</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>terverifikasi</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>diperdebatkan</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>belum terverifikasi</translation>
    </message>
    <message>
        <source>(no outlet)</source>
        <translation>(tanpa media)</translation>
    </message>
    <message>
        <source>(no annotator)</source>
        <translation>(tanpa anotator)</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(tanpa tanggal)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(tanpa judul)</translation>
    </message>
</context>
<context>
    <name>StatisticsWindow</name>
    <message>
        <source>Statistics — %1</source>
        <extracomment>a change is counted after this quiet spell the grouping combo&apos;s entry for the conflicts page (not a GroupBy: it counts per outlet)</extracomment>
        <translation>Statistik — %1</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Anotator</translation>
    </message>
    <message>
        <source>Day tagged</source>
        <translation>Hari penandaan</translation>
    </message>
    <message>
        <source>Week tagged</source>
        <translation>Pekan penandaan</translation>
    </message>
    <message>
        <source>Day published</source>
        <translation>Hari terbit</translation>
    </message>
    <message>
        <source>Week published</source>
        <translation>Pekan terbit</translation>
    </message>
    <message>
        <source>Conflicts per outlet</source>
        <translation>Pertentangan per media</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Kelompokkan menurut:</translation>
    </message>
    <message>
        <source>Save &amp;PNG…</source>
        <translation>Simpan &amp;PNG…</translation>
    </message>
    <message>
        <source>Save S&amp;VG…</source>
        <translation>Simpan S&amp;VG…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Simpan &amp;CSV…</translation>
    </message>
    <message>
        <source>Counting the claims…</source>
        <translation>Menghitung klaim…</translation>
    </message>
    <message>
        <source>%1 claims: %2</source>
        <translation>%1 klaim: %2</translation>
    </message>
    <message>
        <source>(the chart shows the %1 largest of %2 groups; the CSV has them all)</source>
        <translation>(grafik menampilkan %1 kelompok terbesar dari %2; CSV memuat semuanya)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Gambar SVG (*.svg)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabel CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the statistics</source>
        <translation>Simpan statistik</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Belum tersimpan</translation>
    </message>
</context>
<context>
    <name>TextView</name>
    <message>
        <source>unknown</source>
        <extracomment>UTF-16 units highlighted beyond each edge of the viewport, so short scrolls stay painted The far margin&apos;s mark beside text that claims of several annotators cover: they disagree (a strong bar and ≠) or agree (a thin bar and =).</extracomment>
        <translation>tak diketahui</translation>
    </message>
    <message>
        <source>they disagree</source>
        <translation>mereka tidak sepakat</translation>
    </message>
    <message>
        <source>they agree</source>
        <translation>mereka sepakat</translation>
    </message>
    <message>
        <source>%1 annotators: %2 — %3</source>
        <translation>%1 anotator: %2 — %3</translation>
    </message>
    <message>
        <source>Click again to select the next overlapping claim.</source>
        <extracomment>(UTF-16 start, end, agreement) of visible stretches several annotators&apos; claims cover</extracomment>
        <translation>Klik lagi untuk memilih klaim tumpang-tindih berikutnya.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Undo failed</source>
        <translation>Urungkan gagal</translation>
    </message>
    <message>
        <source>Redo failed</source>
        <translation>Ulangi gagal</translation>
    </message>
</context>
<context>
    <name>UnitView</name>
    <message>
        <source>%5 · &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;code points %2–%3: %4</source>
        <translation>%5 · &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;titik kode %2–%3: %4</translation>
    </message>
    <message>
        <source>did not tag this</source>
        <translation>tidak menandai ini</translation>
    </message>
    <message>
        <source>did not tag this article</source>
        <translation>tidak menandai artikel ini</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>diterima</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gold layer (%1) here:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Lapisan acuan (%1) di sini:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decided:&lt;/b&gt; neither version is in the gold layer (%1).</source>
        <translation>&lt;b&gt;Diputuskan:&lt;/b&gt; tidak ada versi yang masuk lapisan acuan (%1).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not decided yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Belum diputuskan.&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Upgrade</name>
    <message>
        <source>Upgrading the project</source>
        <translation>Memutakhirkan proyek</translation>
    </message>
    <message>
        <source>Upgrading %1 to this version&apos;s format: step %2 of %3…</source>
        <translation>Memutakhirkan %1 ke format versi ini: langkah %2 dari %3…</translation>
    </message>
    <message>
        <source>%1 is in an older format. Backing it up first (a verified copy of the file as it is)…</source>
        <translation>%1 memakai format lama. Mencadangkannya dulu (salinan terverifikasi dari berkas apa adanya)…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Memeriksa %1…</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>verified</source>
        <translation>terverifikasi</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>diperdebatkan</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>belum terverifikasi</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>The computer ran out of memory while doing this.</source>
        <extracomment>Progress signals are coalesced to at most one per this many seconds (plus the last one), so a task reporting 100,000 steps does not flood the GUI thread with events.</extracomment>
        <translation>Memori komputer habis saat mengerjakan ini.</translation>
    </message>
    <message>
        <source>Unexpected error (%1): %2.</source>
        <translation>Galat tak terduga (%1): %2.</translation>
    </message>
    <message>
        <source>Unexpected error (%1).</source>
        <translation>Galat tak terduga (%1).</translation>
    </message>
</context>
</TS>

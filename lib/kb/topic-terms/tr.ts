import type { TopicTerms } from './types';

/** Turkish. */
export const TR: TopicTerms = {
  mediation:
    'arabuluculuk|arabulucu|ara bulucu|diplomasi|diplomatik|diplomat|mekik diplomasisi|müzakere platformu|dışişleri bakanı|dışişleri bakanlığı|zirve|özel temsilci|büyükelçi|elçi|iyi niyet misyonu',
  'peace-talks':
    'barış görüşmeleri|barış süreci|barış anlaşması|barış planı|barış müzakereleri|müzakere|müzakereci|görüşme|heyet|delegasyon|müzakere turu|taviz|çözüm süreci|çerçeve anlaşma|yol haritası|mutabakat zaptı',
  war: 'savaş|çatışma|ateşkes|mütareke|karşı saldırı|cephe hattı|bombardıman|hava saldırısı|füze saldırısı|insansız hava aracı saldırısı|işgal|ilhak|asker|esir takası',
  sanctions:
    'yaptırım|yaptırımlar|ambargo|ihracat kontrolü|ihracat kısıtlaması|varlık dondurma|dondurulan varlıklar|kara liste|tavan fiyat|ikincil yaptırımlar|kısıtlayıcı önlemler|seyahat yasağı',
  energy:
    'enerji|enerji bağımlılığı|enerji güvenliği|enerji arzı|doğalgaz|doğal gaz|gaz|=gazı|=gazın|LNG|petrol|ham petrol|boru hattı|rafineri|santral|elektrik|şebeke|kömür|yenilenebilir enerji|varil|yakıt|gaz transiti|nükleer santral|OPEC',
  elections:
    'seçim|seçimler|seçmen|oylama|sandık|ikinci tur|referandum|aday|seçim kampanyası|katılım oranı|milletvekili seçimi|cumhurbaşkanlığı seçimi|YSK|yeniden seçilme',
  economy:
    'ekonomi|ekonomik|enflasyon|resesyon|durgunluk|GSYH|büyüme|faiz|faiz oranı|merkez bankası|döviz|döviz kuru|lira|bütçe|borç|bütçe açığı|işsizlik|IMF|yatırım|yatırımcı|borsa|tahvil',
  migration:
    'göç|=göçü|=göçün|=göçe|göçmen|mülteci|sığınmacı|iltica|sığınma|sınır geçişi|sınır dışı|geri gönderme|yerinden edilmiş|yeniden yerleşim|insan kaçakçılığı|insan kaçakçısı|düzensiz göç',
  nuclear:
    'nükleer|uranyum|zenginleştirme|savaş başlığı|nükleer silah|nükleer anlaşma|UAEA|nükleer silahların yayılması|balistik füze|atom bombası|santrifüj',
  terrorism:
    'terör|terörizm|terörist|terör saldırısı|aşırılıkçı|aşırıcılık|cihatçı|militan|isyancı|canlı bomba|bombalı saldırı|terörle mücadele|radikalleşme|rehine',
  'human-rights':
    'insan hakları|insan hakları örgütleri|siyasi tutuklu|işkence|sansür|ifade özgürlüğü|basın özgürlüğü|muhalif|zulüm|savaş suçları|soykırım|etnik temizlik|gözaltı|keyfi tutuklama',
  trade:
    'ticaret|ticari|gümrük vergisi|gümrük tarifesi|ihracat|ithalat|ticaret anlaşması|serbest ticaret|gümrük birliği|ticaret savaşı|tedarik zinciri|DTÖ|dış ticaret açığı|kota|damping',
  climate:
    'iklim|iklim değişikliği|küresel ısınma|emisyon|karbon|net sıfır|kuraklık|sel|orman yangını|sıcak hava dalgası|kirlilik|ormansızlaşma|biyoçeşitlilik|sera gazı',
  health:
    'sağlık|salgın|pandemi|epidemi|virüs|aşılama|aşı kampanyası|hastane|DSÖ|COVID|hastalık|kolera|enfeksiyon|halk sağlığı',
  technology:
    'teknoloji|teknolojik|siber|siber saldırı|hacker|bilgisayar korsanı|fidye yazılımı|dezenformasyon|yapay zeka|yarı iletken|çip|veri ihlali|gözetim|internet|sosyal medya|telekom|uydu',
  security:
    'güvenlik|savunma|askeri|donanma|hava kuvvetleri|NATO|ittifak|silah|silah anlaşması|askeri yardım|caydırıcılık|yeniden silahlanma|askeri tatbikat|tatbikat|silahlı kuvvetler|istihbarat|zorunlu askerlik|seferberlik',
  humanitarian:
    'insani|insani yardım|yardım konvoyu|kıtlık|gıda güvensizliği|açlık|=siviller|=sivilleri|=sivillerin|tahliye|barınak|insani koridor|BMMYK|Kızılhaç|Kızılay|yardım kuruluşları',
  protests:
    'protesto|protestocu|gösteri|gösterici|miting|isyan|huzursuzluk|grev|ayaklanma|yürüyüş|biber gazı|göz yaşartıcı gaz|polisle çatışma|sivil itaatsizlik',
  corruption:
    'yolsuzluk|rüşvet|zimmete para geçirme|zimmet|kara para aklama|dolandırıcılık|kleptokrasi|yolsuzlukla mücadele|oligark|adam kayırma|kayırmacılık|hukukun üstünlüğü|yargı bağımsızlığı',
  'territorial-disputes':
    'toprak anlaşmazlığı|toprak bütünlüğü|egemenlik|ilhak edilen|tartışmalı bölge|ayrılıkçı|ayrılıkçılık|işgal altındaki topraklar|sınır anlaşmazlığı|donmuş çatışma|özerklik',
  'regional-influence':
    'jeopolitik|nüfuz alanı|etki alanı|nüfuz|bölgesel güç|bölgesel lider|büyük güç|rekabet|güç boşluğu|liderlik boşluğu|güç dengesi|dış politika|stratejik|çok kutuplu|hırs|emeller',
  justice:
    'mahkeme|dava|yargılama|hüküm|mahkum|iddianame|UCM|Uluslararası Ceza Mahkemesi|uluslararası mahkeme|yakalama kararı|tutuklama kararı|temyiz',
};

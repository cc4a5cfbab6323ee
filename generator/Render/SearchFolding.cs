using System.Globalization;
using System.Text;

namespace StatementArchive.Render;

/// <summary>
/// Accent folding for search ("Communiqué" and "communique" are one term). Not Unicode
/// normalization: the build runs in invariant globalization mode, where string.Normalize leaves
/// "é" as it is. So the folding is this explicit table (every precomposed Latin, Greek and Cyrillic
/// letter whose decomposition is one base letter plus marks), then combining marks dropped, then
/// lower case. The table travels in the index manifest, so search.js folds queries with the very same data.
/// </summary>
public static class SearchFolding
{
    /// <summary>Pairs of characters: a precomposed letter, then the letter it folds to. Generated from Unicode's NFD data.</summary>
    public const string Pairs =
        "ÀAÁAÂAÃAÄAÅAÇCÈEÉEÊEËEÌIÍIÎIÏIÑNÒOÓOÔOÕOÖOÙUÚUÛUÜUÝYàaáaâaãaäaåaçcèeéeêeëeìiíiîiïiñnòoóoôoõoöoùuúuûuüuýyÿyĀAāaĂAăaĄAąaĆCćcĈCĉcĊCċcČCčcĎDďdĒEēeĔEĕeĖEėeĘEęeĚEěeĜGĝgĞGğgĠGġgĢGģgĤHĥhĨIĩiĪIīiĬIĭiĮIįiİIĴJĵjĶKķkĹLĺlĻLļlĽLľlŃNńnŅNņnŇNňnŌOōoŎOŏoŐOőoŔRŕrŖRŗrŘRřrŚSśsŜSŝsŞSşsŠSšsŢTţtŤTťtŨUũuŪUūuŬUŭuŮUůuŰUűuŲUųuŴWŵwŶYŷyŸYŹZźzŻZżzŽZžzƠOơoƯUưuǍAǎaǏIǐiǑOǒoǓUǔuǕUǖuǗUǘuǙUǚuǛUǜuǞAǟaǠAǡaǢÆǣæǦGǧgǨKǩkǪOǫoǬOǭoǮƷǯʒǰjǴGǵgǸNǹnǺAǻaǼÆǽæǾØǿøȀAȁaȂAȃaȄEȅeȆEȇeȈIȉiȊIȋiȌOȍoȎOȏoȐRȑrȒRȓrȔUȕuȖUȗuȘSșsȚTțtȞHȟhȦAȧaȨEȩeȪOȫoȬOȭoȮOȯoȰOȱoȲYȳyʹʹΆΑΈΕΉΗΊΙΌΟΎΥΏΩΐιΪΙΫΥάαέεήηίιΰυϊιϋυόούυώωϓϒϔϒЀЕЁЕЃГЇІЌКЍИЎУЙИйиѐеёеѓгїіќкѝиўуѶѴѷѵӁЖӂжӐАӑаӒАӓаӖЕӗеӚӘӛәӜЖӝжӞЗӟзӢИӣиӤИӥиӦОӧоӪӨӫөӬЭӭэӮУӯуӰУӱуӲУӳуӴЧӵчӸЫӹыḀAḁaḂBḃbḄBḅbḆBḇbḈCḉcḊDḋdḌDḍdḎDḏdḐDḑdḒDḓdḔEḕeḖEḗeḘEḙeḚEḛeḜEḝeḞFḟfḠGḡgḢHḣhḤHḥhḦHḧhḨHḩhḪHḫhḬIḭiḮIḯiḰKḱkḲKḳkḴKḵkḶLḷlḸLḹlḺLḻlḼLḽlḾMḿmṀMṁmṂMṃmṄNṅnṆNṇnṈNṉnṊNṋnṌOṍoṎOṏoṐOṑoṒOṓoṔPṕpṖPṗpṘRṙrṚRṛrṜRṝrṞRṟrṠSṡsṢSṣsṤSṥsṦSṧsṨSṩsṪTṫtṬTṭtṮTṯtṰTṱtṲUṳuṴUṵuṶUṷuṸUṹuṺUṻuṼVṽvṾVṿvẀWẁwẂWẃwẄWẅwẆWẇwẈWẉwẊXẋxẌXẍxẎYẏyẐZẑzẒZẓzẔZẕzẖhẗtẘwẙyẛſẠAạaẢAảaẤAấaẦAầaẨAẩaẪAẫaẬAậaẮAắaẰAằaẲAẳaẴAẵaẶAặaẸEẹeẺEẻeẼEẽeẾEếeỀEềeỂEểeỄEễeỆEệeỈIỉiỊIịiỌOọoỎOỏoỐOốoỒOồoỔOổoỖOỗoỘOộoỚOớoỜOờoỞOởoỠOỡoỢOợoỤUụuỦUủuỨUứuỪUừuỬUửuỮUữuỰUựuỲYỳyỴYỵyỶYỷyỸYỹy";

    /// <summary>Stands in <see cref="Folded"/> for a character that folding drops: an upper-case letter, which folding never yields.</summary>
    private const char Dropped = 'A';

    /// <summary>
    /// The folded, lower-cased form of every UTF-16 code unit (<see cref="Dropped"/> for combining
    /// marks), worked out once: tokenizing the whole archive folds tens of millions of characters, and a
    /// table read is cheaper than a dictionary, a category lookup and a case mapping each time.
    /// Surrogates stay as they are: a pair is lower-cased as one code point.
    /// </summary>
    private static readonly char[] Folded = BuildFolded();

    private static char[] BuildFolded()
    {
        var table = new char[0x10000];
        for (var c = 0; c < table.Length; c++)
        {
            var ch = (char)c;
            table[c] = char.IsSurrogate(ch) ? ch
                : CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark ? Dropped
                : char.ToLowerInvariant(ch);
        }
        // The table's pairs win over the mark rule; a pair's target is lower-cased like any letter.
        for (var i = 0; i + 1 < Pairs.Length; i += 2) table[Pairs[i]] = char.ToLowerInvariant(Pairs[i + 1]);
        return table;
    }

    /// <summary>Values of <see cref="Scanning"/> that are not word characters: control characters, so never a folded letter or digit.</summary>
    internal const char Separator = '\0', Mark = '\u0001', Surrogate = '\u0002';

    /// <summary>
    /// For <see cref="SearchTermScanner"/>, one read per code unit: its folded form if that is a letter
    /// or a digit, else <see cref="Separator"/>, <see cref="Mark"/> (dropped) or <see cref="Surrogate"/>
    /// (half of a pair, judged as one code point).
    /// </summary>
    internal static readonly char[] Scanning = BuildScanning();

    private static char[] BuildScanning()
    {
        var table = new char[0x10000];
        for (var c = 0; c < table.Length; c++)
        {
            var f = Folded[c];
            table[c] = char.IsSurrogate((char)c) ? Surrogate
                : f == Dropped ? Mark
                : char.IsLetterOrDigit(f) ? f : Separator;
        }
        return table;
    }

    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var f = Folded[c];
            if (f != Dropped) folded.Append(f);
        }
        // Pairs lower-case as whole code points, as string.ToLowerInvariant does.
        return folded.ToString().ToLowerInvariant();
    }
}

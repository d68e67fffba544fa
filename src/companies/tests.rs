//! Table-driven tests of the matching rules, in English, Dutch and
//! French, with negatives (people, places, products, institutions,
//! ordinary words).

use std::sync::LazyLock;

use proptest::prelude::*;

use super::*;

static FINDER: LazyLock<CompanyFinder> =
    LazyLock::new(|| CompanyFinder::new(&Gazetteer::bundled()));

/// `(text as written, entity)` of every mention.
fn found(text: &str, lang: Lang) -> Vec<(String, String)> {
    FINDER
        .find(text, lang)
        .iter()
        .map(|m| (m.span.slice(text).to_string(), m.entity.to_string()))
        .collect()
}

/// Checks a table of `(text, [(name as written, entity)])`.
fn check(lang: Lang, cases: &[(&str, &[(&str, &str)])]) {
    for (text, want) in cases {
        let got = found(text, lang);
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(n, e)| (n.to_string(), e.to_string()))
            .collect();
        assert_eq!(got, want, "{lang:?}: {text:?}");
    }
}

#[test]
fn boundaries_and_possessives_en() {
    check(
        Lang::English,
        &[
            ("Amazon's cloud grew.", &[("Amazon", "amazon")]),
            ("Amazon’s cloud grew.", &[("Amazon", "amazon")]),
            ("ASML's orders rose 5%.", &[("ASML", "asml")]),
            ("Sales at McDonald's rose.", &[("McDonald's", "mcdonalds")]),
            ("the Alibaba-backed app", &[("Alibaba", "alibaba-group")]),
            ("Alibaba-CEO Daniel Zhang", &[("Alibaba", "alibaba-group")]),
            ("He flew to Amazonia on FLYING FISH.", &[]),
            ("The ING bank and KPN.", &[("ING", "ing"), ("KPN", "kpn")]),
            ("Ing and kpn are not acronyms here.", &[]),
            ("SAPs Umsatz stieg.", &[("SAP", "sap")]),
            (
                "Shares of Alibaba (NASDAQ: BABA) rose.",
                &[("Alibaba", "alibaba-group")],
            ),
            (
                "TECHCRUNCH reported it; techcrunch and Techcrunch did not.",
                &[("TECHCRUNCH", "techcrunch")],
            ),
        ],
    );
}

#[test]
fn longest_name_wins_en() {
    check(
        Lang::English,
        &[
            (
                "Jeff Zhang of Alibaba Cloud Intelligence",
                &[("Alibaba Cloud Intelligence", "alibaba-cloud")],
            ),
            (
                "Alibaba Cloud, or Aliyun",
                &[
                    ("Alibaba Cloud", "alibaba-cloud"),
                    ("Aliyun", "alibaba-cloud"),
                ],
            ),
            ("Alibaba Cloudy weather", &[("Alibaba", "alibaba-group")]),
            (
                "Amazon's Amazon Web Services (AWS)",
                &[
                    ("Amazon", "amazon"),
                    ("Amazon Web Services", "aws"),
                    ("AWS", "aws"),
                ],
            ),
            (
                "than Amazon Web Service (29%)",
                &[("Amazon Web Service", "aws")],
            ),
            (
                "Source: Synergie Research Group.",
                &[("Synergie Research Group", "synergy-research")],
            ),
            (
                "Microsoft's Azure",
                &[("Microsoft", "microsoft"), ("Azure", "microsoft-azure")],
            ),
            (
                "research and advisory firm Gartner Inc, Alibaba",
                &[("Gartner Inc", "gartner"), ("Alibaba", "alibaba-group")],
            ),
            (
                "Philips Respironics recalled devices; Philips fell.",
                &[
                    ("Philips Respironics", "philips-respironics"),
                    ("Philips", "philips"),
                ],
            ),
        ],
    );
}

#[test]
fn ambiguous_names_en() {
    check(
        Lang::English,
        &[
            // Evidence: a related entity, a list, a verb, a cue, a figure.
            (
                "Amazon began in 2006. AWS followed.",
                &[("Amazon", "amazon"), ("AWS", "aws")],
            ),
            (
                "It trails Amazon, Microsoft and Google.",
                &[
                    ("Amazon", "amazon"),
                    ("Microsoft", "microsoft"),
                    ("Google", "google"),
                ],
            ),
            ("Shell reported a profit.", &[("Shell", "shell")]),
            (
                "said telecom operator Orange on Monday",
                &[("Orange", "orange")],
            ),
            ("Its margin beat Apple by 2 percent.", &[("Apple", "apple")]),
            ("Apple Inc. makes phones.", &[("Apple Inc.", "apple")]),
            // No evidence: ordinary words, places, sentence starts.
            ("Fires in the Amazon rainforest spread.", &[]),
            ("Shell at the beach.", &[]),
            ("He drank orange juice and ate an apple.", &[]),
            ("Orange juice sales rose 5%.", &[]),
            ("The Target was missed.", &[]),
            ("With Amazon One, payments are made without cash.", &[]),
            ("Meta data about Square roots.", &[]),
            // A determiner bars it, even in an article about the company.
            (
                "AWS grew. In the Amazon, fires rose 10%.",
                &[("AWS", "aws")],
            ),
        ],
    );
}

#[test]
fn negatives_en() {
    check(
        Lang::English,
        &[
            (
                "said Liu Gang, director of the Nankai Institute of Economics",
                &[],
            ),
            (
                "Howard Yu, Professor at IMD Business School in Switzerland",
                &[],
            ),
            ("38 percent of Fortune 500 companies", &[]),
            (
                "Alibaba CEO Daniel Zhang said",
                &[("Alibaba", "alibaba-group")],
            ),
            ("at a forum in Guangdong Province in December", &[]),
            ("the release of Star Wars Outlaws", &[]),
            ("the Working Group of the Council", &[]),
            ("the Group of Seven met", &[]),
            ("a firm The Hague", &[]),
            ("the Seattle-based company", &[]),
            ("his rival Donald Trump won", &[]),
            (
                "Musk's shares and Musk's acquisition of Twitter",
                &[("Twitter", "twitter")],
            ),
            (
                "Iran-backed militias and Musk-led Tesla",
                &[("Tesla", "tesla")],
            ),
            ("Italian-made shoes", &[]),
            ("the central bank ECB raised rates", &[]),
        ],
    );
}

#[test]
fn discovery_en() {
    check(
        Lang::English,
        &[
            (
                "Rohwedder Group said sales rose.",
                &[("Rohwedder Group", "rohwedder")],
            ),
            (
                "According to Acme Widgets Inc. revenue fell.",
                &[("Acme Widgets Inc.", "acme-widgets")],
            ),
            ("research firm Canalys said", &[("Canalys", "canalys")]),
            (
                "research firm Quxo said; Quxo expects more",
                &[("Quxo", "quxo"), ("Quxo", "quxo")],
            ),
            ("Brightline's CEO resigned", &[("Brightline", "brightline")]),
            (
                "Zorvex-CEO Ann Lee and the Zorvex-backed startup",
                &[("Zorvex", "zorvex"), ("Zorvex", "zorvex")],
            ),
            (
                "Alibaba Pictures Group lost money",
                &[("Alibaba Pictures Group", "alibaba-pictures")],
            ),
            (
                "Tencent Holdings reported",
                &[("Tencent Holdings", "tencent")],
            ),
        ],
    );
}

#[test]
fn dutch() {
    check(
        Lang::Dutch,
        &[
            (
                "Philips-topman Roy Jakobs en KPN-topman Joost Farwerck",
                &[("Philips", "philips"), ("KPN", "kpn")],
            ),
            (
                "Het Ahold Delhaize-aandeel won 3 procent.",
                &[("Ahold Delhaize", "ahold-delhaize")],
            ),
            ("en zag webwinkel Bol de omzet stijgen", &[("Bol", "bol")]),
            ("Bol is een bol.", &[]),
            (
                "volgens marktonderzoeker NielsenIQ",
                &[("NielsenIQ", "nielseniq")],
            ),
            (
                "volgens vakblad Retailkrant ruim",
                &[("Retailkrant", "retailkrant")],
            ),
            ("meldde persbureau ANP.", &[("ANP", "anp")]),
            ("het bedrijf Zwartveld heeft", &[("Zwartveld", "zwartveld")]),
            (
                "de glasvezel-topman? Nee: Vekanto-topman Jan de Vries",
                &[("Vekanto", "vekanto")],
            ),
            (
                "Toezichthouder ACM en De Nederlandsche Bank letten op.",
                &[],
            ),
            ("Elders op het Damrak daalde de AEX.", &[]),
            (
                "de cloud-infrastructuur van Alibaba is groter dan die van IBM",
                &[("Alibaba", "alibaba-group"), ("IBM", "ibm")],
            ),
            ("Telecombedrijf KPN blijft op koers", &[("KPN", "kpn")]),
            ("Frans Muller sprak in Amsterdam.", &[]),
            ("zijn dochter Emma en Kremlin-baas Poetin", &[]),
            ("zijn concurrent Jan Jansen", &[]),
            ("Shell-topman Wael Sawan", &[("Shell", "shell")]),
            // At a sentence start, only an unambiguous name elsewhere helps.
            (
                "Randstad ligt hier, uitzendbureau Randstad ook.",
                &[("Randstad", "randstad")],
            ),
            (
                "Het uitzendbureau Randstad groeide, de Randstad niet.",
                &[("Randstad", "randstad")],
            ),
        ],
    );
}

#[test]
fn french() {
    check(
        Lang::French,
        &[
            (
                "Le géant chinois Tencent détient 10 %",
                &[("Tencent", "tencent")],
            ),
            (
                "Selon le cabinet Newzoo, le marché",
                &[("Newzoo", "newzoo")],
            ),
            (
                "Selon le cabinet Ardanel, le marché",
                &[("Ardanel", "ardanel")],
            ),
            (
                "investi dans Guillemot Brothers, la holding de la famille",
                &[("Guillemot Brothers", "guillemot-brothers")],
            ),
            (
                "le capital d'Ubisoft et l'AFP",
                &[("Ubisoft", "ubisoft"), ("AFP", "afp")],
            ),
            ("le groupe Thales a réalisé", &[("Thales", "thales")]),
            ("l'opérateur Orange a publié", &[("Orange", "orange")]),
            ("une orange pressée", &[]),
            (
                "Le titre Dassault Systèmes a chuté à la Bourse de Paris",
                &[("Dassault Systèmes", "dassault-systemes")],
            ),
            ("l'éditeur de logiciels de Vélizy-Villacoublay", &[]),
            ("L'éditeur d'Assassin's Creed, Pascal Daloz", &[]),
            (
                "Hermès et L'Oréal",
                &[("Hermès", "hermes"), ("L'Oréal", "loreal")],
            ),
            ("Université Paris-Saclay SA", &[]),
            (
                "selon l'agence France-Presse",
                &[("agence France-Presse", "afp")],
            ),
        ],
    );
}

#[test]
fn units_and_products_named_after_a_company() {
    // A unit word after a known name: a company of its own, with a parent.
    let text = "The deal leaves Tesco Bank smaller, while Carrefour Italia and KPN Mobile grew.";
    let mentions = FINDER.find(text, Lang::English);
    let got: Vec<(&str, &str, Option<&str>)> = mentions
        .iter()
        .map(|m| (m.span.slice(text), &*m.entity, m.parent.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("Tesco Bank", "tesco-bank", Some("tesco")),
            ("Carrefour Italia", "carrefour-italia", Some("carrefour")),
            ("KPN Mobile", "kpn-mobile", Some("kpn")),
        ]
    );
    // A model code after a name is a product; a period is not a model.
    check(
        Lang::English,
        &[
            ("Demand for the Xiaomi SU7 sedan was strong.", &[]),
            (
                "Airbus A320 deliveries rose at Airbus.",
                &[("Airbus", "airbus")],
            ),
            ("Alibaba Q3 revenue rose.", &[("Alibaba", "alibaba-group")]),
        ],
    );
    check(
        Lang::French,
        &[(
            "En Italie, Iliad Italia a vu ses revenus croître.",
            &[("Iliad Italia", "iliad-italia")],
        )],
    );
}

#[test]
fn unit_names_compounds_and_acquisition_cues() {
    check(
        Lang::French,
        &[(
            "Cardif va racheter AXA Investment Managers à AXA.",
            &[
                ("AXA Investment Managers", "axa-investment-managers"),
                ("AXA", "axa"),
            ],
        )],
    );
    check(
        Lang::English,
        &[
            (
                "Deposits grew, while Barclays US Consumer Bank added loans.",
                &[("Barclays US Consumer Bank", "barclays-us-consumer-bank")],
            ),
            // An acquisition verb introduces a name, a nationality is none.
            (
                "NXP agreed to acquire Vectronix for $600 million.",
                &[("NXP", "nxp"), ("Vectronix", "vectronix")],
            ),
            ("It agreed to buy Canadian developer Fusion.", &[]),
        ],
    );
    // Dutch compounds ending in a company noun introduce a name.
    check(
        Lang::Dutch,
        &[
            (
                "Het concern heeft een belang in windenergiebedrijf Virya Energy.",
                &[("Virya Energy", "virya-energy")],
            ),
            (
                "Het nam het IT-detacheringsbedrijf Torque Technologies over.",
                &[("Torque Technologies", "torque-technologies")],
            ),
        ],
    );
}

#[test]
fn parents_come_from_the_gazetteer() {
    let text = "AWS, Google Cloud, Azure and Alibaba Cloud";
    let parents: Vec<Option<String>> = FINDER
        .find(text, Lang::English)
        .into_iter()
        .map(|m| m.parent.as_deref().map(String::from))
        .collect();
    assert_eq!(
        parents,
        [
            Some("amazon".to_string()),
            Some("google".to_string()),
            Some("microsoft".to_string()),
            Some("alibaba-group".to_string())
        ]
    );
}

#[test]
fn user_gazetteer_adds_companies_and_reports_bad_lines() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("extra.tsv");
    std::fs::write(
        &path,
        "# my companies\nzorblax\tZorblax Dynamics\tZorblax|~Zor\t-\tNL\nbroken line without tabs\nzorblax-labs\tZorblax Labs\t\tzorblax\n",
    )
    .unwrap();
    let mut g = Gazetteer::bundled();
    let warnings = g.extend_from_file(&path).unwrap();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].starts_with(&format!("{}:3: ", path.display())),
        "{warnings:?}"
    );
    let finder = CompanyFinder::new(&g);
    let text = "Zorblax grew; Zorblax Labs and Alibaba too.";
    let mentions = finder.find(text, Lang::English);
    let got: Vec<(&str, &str, Option<&str>)> = mentions
        .iter()
        .map(|m| (m.span.slice(text), &*m.entity, m.parent.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("Zorblax", "zorblax", None),
            ("Zorblax Labs", "zorblax-labs", Some("zorblax")),
            ("Alibaba", "alibaba-group", None)
        ]
    );

    // End to end through the pipeline, with `--gazetteer-only`.
    let options = crate::Options {
        gazetteers: vec![path.clone()],
        gazetteer_only: true,
        ..Default::default()
    };
    let extractor = crate::Extractor::new(options).unwrap();
    assert_eq!(extractor.gazetteer_warnings.len(), 1);
    let article = crate::article::Article {
        id: "x".into(),
        source: "-".into(),
        text: text.into(),
        date: None,
        title: None,
        url: None,
        declared_language: Some("en".into()),
    };
    let names: Vec<String> = extractor
        .extract(&article)
        .companies
        .iter()
        .map(|m| m.entity.to_string())
        .collect();
    assert_eq!(names, ["zorblax", "zorblax-labs"]);

    // An unreadable file is an error, not a warning.
    let options = crate::Options {
        gazetteers: vec![dir.path().join("missing.tsv")],
        ..Default::default()
    };
    assert!(crate::Extractor::new(options).is_err());
}

#[test]
fn empty_gazetteer_still_discovers() {
    let finder = CompanyFinder::default();
    let text = "Rohwedder Group and Alibaba";
    let got: Vec<&str> = finder
        .find(text, Lang::English)
        .iter()
        .map(|m| m.span.slice(text))
        .collect();
    assert_eq!(got, ["Rohwedder Group"]);
}

fn tricky_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Amazon",
        "AWS",
        "'s",
        "’s",
        "-",
        "-topman",
        " ",
        ", ",
        ". ",
        "é",
        "€",
        "😀",
        "Inc.",
        "Group",
        "Alibaba Cloud",
        "Orange",
        "la holding",
        "webwinkel ",
        "Bol",
        "s",
        "X",
        "ß",
        "'",
        "\n",
        "ING",
        "N.V.",
        "research firm ",
        "Ahold Delhaize",
        "&",
        "阿里",
    ]);
    prop::collection::vec(
        prop_oneof![pieces.prop_map(str::to_string), "[A-Za-zé' .-]{0,6}"],
        0..24,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn find_never_panics_and_spans_are_sound(text in tricky_text(), lang in 0usize..4) {
        let lang = [Lang::English, Lang::Dutch, Lang::French, Lang::Other][lang];
        let found = FINDER.find(&text, lang);
        let mut last_end = 0;
        for m in &found {
            prop_assert!(m.span.start < m.span.end);
            prop_assert!(m.span.start >= last_end, "overlap or unsorted in {:?}", text);
            prop_assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
            prop_assert!(!m.entity.is_empty());
            last_end = m.span.end;
        }
    }

    #[test]
    fn arbitrary_strings_do_not_panic(text in "\\PC{0,80}") {
        let _ = FINDER.find(&text, Lang::French);
    }
}

//! Table-driven tests of the amount finder, in English, Dutch and French,
//! and a property test for offsets on arbitrary text.

use super::*;

fn show(text: &str, lang: Lang) -> Vec<String> {
    let found = AmountFinder::new().find(text, lang);
    let mut out: Vec<(usize, String)> = Vec::new();
    for m in &found.money {
        let inferred = if m.currency_inferred { "~" } else { "" };
        out.push((
            m.span.start,
            format!(
                "{}={}{}{}",
                m.span.slice(text),
                m.value,
                inferred,
                m.currency
            ),
        ));
    }
    for p in &found.percents {
        out.push((p.span.start, format!("{}={}%", p.span.slice(text), p.value)));
    }
    out.sort();
    out.into_iter().map(|x| x.1).collect()
}

fn check(lang: Lang, cases: &[(&str, &[&str])]) {
    for (text, want) in cases {
        assert_eq!(show(text, lang), *want, "{lang:?}: {text:?}");
    }
}

#[test]
fn english_money() {
    check(
        Lang::English,
        &[
            ("It made $1.54 billion.", &["$1.54 billion=1540000000USD"]),
            ("worth $ 33 billion", &["$ 33 billion=33000000000USD"]),
            ("invest US$1 billion", &["US$1 billion=1000000000USD"]),
            ("raised USD 2.5m", &["USD 2.5m=2500000USD"]),
            ("sold for €450m.", &["€450m=450000000EUR"]),
            ("EUR 1.2 billion", &["EUR 1.2 billion=1200000000EUR"]),
            (
                "to 1.5 billion euros.",
                &["1.5 billion euros=1500000000EUR"],
            ),
            (
                "10.7 billion yuan ($1.54 billion)",
                &[
                    "10.7 billion yuan=10700000000CNY",
                    "$1.54 billion=1540000000USD",
                ],
            ),
            ("RMB 5bn", &["RMB 5bn=5000000000CNY"]),
            ("CNY 3.2 billion", &["CNY 3.2 billion=3200000000CNY"]),
            ("5 billion renminbi", &["5 billion renminbi=5000000000CNY"]),
            ("HK$2 billion", &["HK$2 billion=2000000000HKD"]),
            ("C$5m", &["C$5m=5000000CAD"]),
            ("A$3 billion", &["A$3 billion=3000000000AUD"]),
            ("S$10m", &["S$10m=10000000SGD"]),
            ("NT$7 billion", &["NT$7 billion=7000000000TWD"]),
            (
                "£40m and 30 pounds",
                &["£40m=40000000GBP", "30 pounds=30GBP"],
            ),
            ("CHF 300 million", &["CHF 300 million=300000000CHF"]),
            (
                "12.3 billion Swedish kronor and 4 billion zlotys",
                &[
                    "12.3 billion Swedish kronor=12300000000SEK",
                    "4 billion zlotys=4000000000PLN",
                ],
            ),
            (
                "2 billion Swiss francs",
                &["2 billion Swiss francs=2000000000CHF"],
            ),
            (
                "SEK 4.5 billion and 12 billion INR",
                &[
                    "SEK 4.5 billion=4500000000SEK",
                    "12 billion INR=12000000000INR",
                ],
            ),
            ("dividend of 56 cents", &["56 cents=0.56USD"]),
            ("40 pence a share", &["40 pence=0.4GBP"]),
            ("$1,700 each", &["$1,700=1700USD"]),
            (
                "a $5 trillion economy, $10K",
                &["$5 trillion=5000000000000USD", "$10K=10000USD"],
            ),
            (
                "$ 20,000.00 $ 37,305.97",
                &["$ 20,000.00=20000USD", "$ 37,305.97=37305.97USD"],
            ),
        ],
    );
}

#[test]
fn yen_sign_follows_the_article() {
    check(
        Lang::English,
        &[("¥3 billion", &["¥3 billion=3000000000CNY"])],
    );
    check(
        Lang::English,
        &[(
            "¥3 billion, or 300 yen",
            &["¥3 billion=3000000000JPY", "300 yen=300JPY"],
        )],
    );
    check(
        Lang::English,
        &[("¥3 billion, yen and yuan", &["¥3 billion=3000000000CNY"])],
    );
}

#[test]
fn dutch_money() {
    check(
        Lang::Dutch,
        &[
            (
                "een omzet van 2 miljard dollar",
                &["2 miljard dollar=2000000000USD"],
            ),
            (
                "voor 12 miljard Zweedse kronen",
                &["12 miljard Zweedse kronen=12000000000SEK"],
            ),
            ("(1,7 miljard euro)", &["1,7 miljard euro=1700000000EUR"]),
            ("€ 1,2 miljard", &["€ 1,2 miljard=1200000000EUR"]),
            ("uit op € 450 mln.", &["€ 450 mln=450000000EUR"]),
            ("van 5,8 eurocent per aandeel", &["5,8 eurocent=0.058EUR"]),
            (
                "ongeveer 1.250 miljoen euro in",
                &["1.250 miljoen euro=1250000000EUR"],
            ),
            ("koersdoel 95 euro.", &["95 euro=95EUR"]),
            ("1.700 dollar", &["1.700 dollar=1700USD"]),
            ("3 mld euro", &["3 mld euro=3000000000EUR"]),
        ],
    );
}

#[test]
fn french_money() {
    check(
        Lang::French,
        &[
            (
                "de 1,5 milliard d'euros,",
                &["1,5 milliard d'euros=1500000000EUR"],
            ),
            (
                "pour 12,3 milliards de couronnes suédoises et 4,1 milliards de zlotys",
                &[
                    "12,3 milliards de couronnes suédoises=12300000000SEK",
                    "4,1 milliards de zlotys=4100000000PLN",
                ],
            ),
            (
                "2 millions de dollars",
                &["2 millions de dollars=2000000USD"],
            ),
            ("de 9,5 Mds€, porté", &["9,5 Mds€=9500000000EUR"]),
            ("atteint 450\u{a0}M€ sur", &["450\u{a0}M€=450000000EUR"]),
            (
                "1\u{a0}200 millions d'euros",
                &["1\u{a0}200 millions d'euros=1200000000EUR"],
            ),
            (
                "1\u{202f}200 millions d’euros",
                &["1\u{202f}200 millions d’euros=1200000000EUR"],
            ),
            (
                "1 200 millions d'euros",
                &["1 200 millions d'euros=1200000000EUR"],
            ),
            ("3 Md€", &["3 Md€=3000000000EUR"]),
            ("20 k€", &["20 k€=20000EUR"]),
            ("0,29 euro par action", &["0,29 euro=0.29EUR"]),
            (
                "2 billions d'euros",
                &["2 billions d'euros=2000000000000EUR"],
            ),
            ("10 000,00 $", &["10 000,00 $=10000USD"]),
        ],
    );
}

#[test]
fn ranges() {
    check(
        Lang::English,
        &[
            (
                "between $1 billion and $2 billion",
                &["$1 billion=1000000000USD", "$2 billion=2000000000USD"],
            ),
            (
                "$1-2 billion",
                &["$1=1000000000USD", "2 billion=2000000000~USD"],
            ),
            (
                "EUR 20mn-25mn",
                &["EUR 20mn=20000000EUR", "25mn=25000000~EUR"],
            ),
            (
                "EUR 105.8 (83.4) million",
                &["EUR 105.8=105800000EUR", "83.4=83400000~EUR"],
            ),
            ("10-20 dollars", &["10=10~USD", "20 dollars=20USD"]),
            ("from 2018-2019 $5 billion", &["$5 billion=5000000000USD"]),
        ],
    );
    check(
        Lang::Dutch,
        &[(
            "nog eens tussen 1 en 2 miljard euro wil",
            &["1=1000000000~EUR", "2 miljard euro=2000000000EUR"],
        )],
    );
    check(
        Lang::French,
        &[(
            "entre 2 et 3 milliards d'euros à",
            &["2=2000000000~EUR", "3 milliards d'euros=3000000000EUR"],
        )],
    );
}

#[test]
fn elided_currency() {
    check(
        Lang::Dutch,
        &[
            (
                "Google Cloud brengt 5,9 miljard dollar in het laatje, Microsoft Azure wel 5,9 miljard en de rest",
                &["5,9 miljard dollar=5900000000USD", "5,9 miljard=5900000000~USD"],
            ),
            (
                "bedroeg vorig jaar 2,3 miljard euro, en dit jaar rekent de onderneming op ongeveer 2,4 miljard, meer",
                &["2,3 miljard euro=2300000000EUR", "2,4 miljard=2400000000~EUR"],
            ),
            ("1 miljard euro. Er zijn 4,4 miljoen huishoudens", &["1 miljard euro=1000000000EUR"]),
            (
                "de winst kwam uit op 150 mln euro, tegen 87 miljoen een jaar eerder",
                &["150 mln euro=150000000EUR", "87 miljoen=87000000~EUR"],
            ),
        ],
    );
    check(
        Lang::French,
        &[(
            "de 1,5 milliard d'euros, en hausse de 5 %, alors que le consensus tablait sur 1,53 milliard.",
            &["1,5 milliard d'euros=1500000000EUR", "5 %=5%", "1,53 milliard=1530000000~EUR"],
        )],
    );
    check(
        Lang::English,
        &[
            (
                "revenue of $5 billion, serving 3 million corporate clients and 5,000 recruits",
                &["$5 billion=5000000000USD"],
            ),
            (
                // Never across a sentence end: the next sentence counts trips.
                "Revenue rose to $10.7 billion. Trips grew 21% to 2.8 billion.",
                &["$10.7 billion=10700000000USD", "21%=21%"],
            ),
        ],
    );
}

#[test]
fn percentages() {
    check(
        Lang::English,
        &[
            (
                "up 62 percent, 7.7 per cent, 3 pct",
                &["62 percent=62%", "7.7 per cent=7.7%", "3 pct=3%"],
            ),
            (
                "Azure (48%) and -3% and +12.5%",
                &["48%=48%", "-3%=-3%", "+12.5%=12.5%"],
            ),
            ("down 7%", &["7%=7%"]),
            ("5-10 %", &["5=5%", "10 %=10%"]),
            ("7 % -9 %", &["7 %=7%", "9 %=9%"]),
            ("rose 2 percentage points, 50 basis points", &[]),
            ("between 5 and 10 percent", &["5=5%", "10 percent=10%"]),
        ],
    );
    check(
        Lang::Dutch,
        &[
            (
                "1,6 procent meer, 4,0%, 1,1 %",
                &["1,6 procent=1.6%", "4,0%=4%", "1,1 %=1.1%"],
            ),
            ("0,1 procentpunt lager", &[]),
            ("tussen 5 en 10 procent", &["5=5%", "10 procent=10%"]),
        ],
    );
    check(
        Lang::French,
        &[
            ("de 6,9\u{a0}% jeudi", &["6,9\u{a0}%=6.9%"]),
            ("entre 6 et 8\u{202f}%", &["6=6%", "8\u{202f}%=8%"]),
            (
                "36,4\u{202f}% et 5 pour cent",
                &["36,4\u{202f}%=36.4%", "5 pour cent=5%"],
            ),
            ("2,1 points de pourcentage", &[]),
        ],
    );
}

#[test]
fn not_amounts() {
    check(
        Lang::English,
        &[
            ("In 2019, 5G and No.3 of the Fortune 500 list", &[]),
            ("100,000 cloud servers, a hundredfold, GPT-4, Covid-19", &[]),
            ("call +1 555 0100 on 23/09/2019 or 2019-09-23", &[]),
            (
                "nearly 50 million students after $1 billion in aid",
                &["$1 billion=1000000000USD"],
            ),
        ],
    );
    check(
        Lang::French,
        &[("compte plus de 25 000 collaborateurs", &[])],
    );
    check(
        Lang::Dutch,
        &[("meer dan 7.700 winkels en 9.000 medewerkers", &[])],
    );
}

#[test]
fn other_languages_get_symbols_and_codes() {
    check(
        Lang::Other,
        &[(
            "Umsatz von 1.250 Mio. und USD 5 bn, 3,5 %, 20 €",
            &["USD 5 bn=5000000000USD", "3,5 %=3.5%", "20 €=20EUR"],
        )],
    );
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn pieces() -> impl Strategy<Value = String> {
        let atoms = prop::sample::select(vec![
            "1",
            "23",
            "4,5",
            "6.7",
            "1\u{a0}200",
            "8\u{202f}%",
            "$",
            "€",
            "¥",
            "US$",
            "%",
            " ",
            ",",
            ".",
            "-",
            "(",
            ")",
            "\u{a0}",
            "\u{202f}",
            "billion",
            "miljard",
            "milliards d'euros",
            "d’",
            "M€",
            "Mds",
            "é",
            "ü",
            "日本",
            "😀",
            "tussen",
            "en",
            "entre",
            "et",
            "procent",
            "percent",
            "points",
            "\n\n",
            "EUR",
            "cents",
        ]);
        prop::collection::vec(atoms, 0..24).prop_map(|v| v.concat())
    }

    fn check_spans(text: &str) {
        for lang in [Lang::English, Lang::Dutch, Lang::French, Lang::Other] {
            let found = AmountFinder::new().find(text, lang);
            let mut spans: Vec<Span> = found.money.iter().map(|m| m.span).collect();
            spans.extend(found.percents.iter().map(|p| p.span));
            for s in &spans {
                assert!(s.start < s.end && s.end <= text.len(), "{s:?} in {text:?}");
                assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            }
            spans.sort();
            for w in spans.windows(2) {
                assert!(!w[0].overlaps(w[1]), "{w:?} overlap in {text:?}");
            }
            assert!(found
                .money
                .windows(2)
                .all(|w| w[0].span.start <= w[1].span.start));
            assert!(found
                .percents
                .windows(2)
                .all(|w| w[0].span.start <= w[1].span.start));
        }
    }

    proptest! {
        #[test]
        fn any_string(text in "\\PC{0,60}") {
            check_spans(&text);
        }

        #[test]
        fn amount_like_strings(text in pieces()) {
            check_spans(&text);
        }
    }
}

/// A currency word must not continue a word before it (`aUS$`) nor run on
/// into one after it; symbols have no such edge (`US$x`: `$` is no letter).
#[test]
fn currency_words_at_word_edges() {
    check(
        Lang::English,
        &[
            ("It cost aUS$5 million.", &["$5 million=5000000USD"]),
            ("It cost 5 US$x.", &["5 US$=5USD"]),
            ("It cost 5 dollarsx.", &[]),
            ("It cost 5 Dollars.", &["5 Dollars=5USD"]),
            ("It cost 5 usd.", &["5 usd=5USD"]),
            ("It cost 5 sek.", &[]),
            ("It cost 5 SEK.", &["5 SEK=5SEK"]),
            ("It cost 5 USD.", &["5 USD=5USD"]),
            ("It cost 5 €.", &["5 €=5EUR"]),
            ("It cost 5 元.", &["5 元=5CNY"]),
            ("It cost 5 元x.", &[]),
        ],
    );
}

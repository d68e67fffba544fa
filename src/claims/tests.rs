//! Table-driven tests of claim linking in English, Dutch and French, on
//! sentences about companies other than the corpus's.

use super::*;
use crate::amounts::{MoneyMention, PercentMention};
use crate::number::Decimal;

/// Finds every whole-word occurrence of `needle`.
fn occurrences(text: &str, needle: &str) -> Vec<Span> {
    text.match_indices(needle)
        .filter(|(i, _)| {
            let before = text[..*i].chars().next_back();
            let after = text[i + needle.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
        .map(|(i, _)| Span::new(i, i + needle.len()))
        .collect()
}

/// Links a text whose mentions are given by hand: company names with
/// their slugs, money amounts with their currencies, percentages.
/// Returns `(entity, value text, metric, period, link)` per claim.
fn link(
    lang: Lang,
    date: Option<&str>,
    text: &str,
    names: &[(&str, &str)],
    money: &[(&str, &'static str)],
    percents: &[&str],
) -> Vec<(String, String, &'static str, Option<String>, &'static str)> {
    let mut companies: Vec<CompanyMention> = names
        .iter()
        .flat_map(|(name, entity)| {
            occurrences(text, name)
                .into_iter()
                .map(|span| CompanyMention {
                    span,
                    entity: (*entity).into(),
                    parent: None,
                })
        })
        .collect();
    companies.sort_by_key(|c| c.span.start);
    let mut amounts = Amounts::default();
    for (amount, currency) in money {
        for span in occurrences(text, amount) {
            amounts.money.push(MoneyMention {
                span,
                value: Decimal::ZERO,
                currency,
                currency_inferred: false,
            });
        }
    }
    for percent in percents {
        for span in occurrences(text, percent) {
            amounts.percents.push(PercentMention {
                span,
                value: Decimal::ZERO,
            });
        }
    }
    amounts.money.sort_by_key(|m| m.span.start);
    amounts.percents.sort_by_key(|p| p.span.start);
    let article = Article {
        text: text.to_string(),
        date: date.map(String::from),
        ..Article::default()
    };
    ClaimLinker::new()
        .link(&article, lang, &companies, &amounts)
        .into_iter()
        .map(|c| {
            let value = match c.value {
                ValueRef::Money(i) => amounts.money[i].span,
                ValueRef::Percent(i) => amounts.percents[i].span,
            };
            (
                companies[c.company].entity.to_string(),
                value.slice(text).to_string(),
                c.metric.name(),
                c.period.map(|p| p.to_string()),
                c.link.name(),
            )
        })
        .collect()
}

fn claim(
    entity: &str,
    value: &str,
    metric: &'static str,
    period: Option<&str>,
    link: &'static str,
) -> (String, String, &'static str, Option<String>, &'static str) {
    (
        entity.into(),
        value.into(),
        metric,
        period.map(String::from),
        link,
    )
}

#[test]
fn sentence_links_in_english() {
    let got = link(
        Lang::English,
        None,
        "Siemens reported revenue of €20 billion in the third quarter of 2023.",
        &[("Siemens", "siemens")],
        &[("€20 billion", "EUR")],
        &[],
    );
    assert_eq!(
        got,
        vec![claim(
            "siemens",
            "€20 billion",
            "revenue",
            Some("2023-Q3"),
            "sentence"
        )]
    );

    // The company the fact is about, not the nearest name.
    let got = link(
        Lang::English,
        None,
        "Its rival Samsung's chip unit Samsung Foundry posted revenues of $5 billion.",
        &[
            ("Samsung Foundry", "samsung-foundry"),
            ("Samsung", "samsung"),
        ],
        &[("$5 billion", "USD")],
        &[],
    );
    assert_eq!(
        got,
        vec![claim(
            "samsung-foundry",
            "$5 billion",
            "revenue",
            None,
            "sentence"
        )]
    );

    // The investor, not the business invested in.
    let got = link(
        Lang::English,
        None,
        "Tencent plans to invest $2 billion into its Weixin Pay unit over five years.",
        &[("Tencent", "tencent"), ("Weixin Pay", "weixin-pay")],
        &[("$2 billion", "USD")],
        &[],
    );
    assert_eq!(
        got,
        vec![claim(
            "tencent",
            "$2 billion",
            "investment",
            None,
            "sentence"
        )]
    );

    // A source is never the subject, before or after the value.
    let got = link(
            Lang::English,
            None,
            "According to IDC, Lenovo led the PC market with a 24% share. Xiaomi's revenue reached $10 billion, Bloomberg reported.",
            &[("IDC", "idc"), ("Lenovo", "lenovo"), ("Xiaomi", "xiaomi"), ("Bloomberg", "bloomberg")],
            &[("$10 billion", "USD")],
            &["24%"],
        );
    assert_eq!(
        got,
        vec![
            claim("lenovo", "24%", "market_share", None, "sentence"),
            claim("xiaomi", "$10 billion", "revenue", None, "sentence"),
        ]
    );
}

#[test]
fn respectively_lists_pair_in_order() {
    let got = link(
            Lang::English,
            None,
            "Dell held 30 percent, while HP, Lenovo and Acer had 20 percent, 15 percent and 5 percent, respectively.",
            &[("Dell", "dell"), ("HP", "hp"), ("Lenovo", "lenovo"), ("Acer", "acer")],
            &[],
            &["30 percent", "20 percent", "15 percent", "5 percent"],
        );
    let pairs: Vec<(String, String)> = got.into_iter().map(|c| (c.0, c.1)).collect();
    assert_eq!(
        pairs,
        vec![
            ("dell".into(), "30 percent".into()),
            ("hp".into(), "20 percent".into()),
            ("lenovo".into(), "15 percent".into()),
            ("acer".into(), "5 percent".into()),
        ]
    );
}

#[test]
fn markets_and_forecasts_make_no_claim() {
    let cases = [
            (Lang::English, "The global smartphone market is worth $400 billion, and Apple wants more of it.", ("Apple", "apple"), "$400 billion"),
            (Lang::English, "Analysts expect Nvidia to report revenue of $30 billion.", ("Nvidia", "nvidia"), "$30 billion"),
            (Lang::Dutch, "De Europese chipmarkt groeide met 5 miljard euro, aldus ASML.", ("ASML", "asml"), "5 miljard euro"),
            (Lang::French, "Selon le cabinet Gartner, le marché mondial du cloud atteindra 600 milliards de dollars.", ("Gartner", "gartner"), "600 milliards de dollars"),
            (Lang::French, "Un analyste de Jefferies anticipe un chiffre d'affaires de 2 milliards d'euros pour Kering.", ("Kering", "kering"), "2 milliards d'euros"),
        ];
    for (lang, text, name, amount) in cases {
        let got = link(
            lang,
            None,
            text,
            &[name, ("Jefferies", "jefferies")],
            &[(amount, "EUR")],
            &[],
        );
        assert_eq!(got, vec![], "{text:?}");
    }
}

#[test]
fn equivalents_are_not_claims() {
    let text = "BYD reported revenue of 180 billion yuan ($25 billion) for 2023.";
    let mut amounts = Amounts::default();
    for (needle, currency) in [("180 billion yuan", "CNY"), ("$25 billion", "USD")] {
        let start = text.find(needle).unwrap();
        amounts.money.push(MoneyMention {
            span: Span::new(start, start + needle.len()),
            value: Decimal::ZERO,
            currency,
            currency_inferred: false,
        });
    }
    let companies = vec![CompanyMention {
        span: Span::new(0, 3),
        entity: "byd".into(),
        parent: None,
    }];
    let article = Article {
        text: text.into(),
        ..Article::default()
    };
    let claims = ClaimLinker::new().link(&article, Lang::English, &companies, &amounts);
    assert_eq!(claims.len(), 1);
    assert_eq!(claims[0].value, ValueRef::Money(0));
    assert_eq!(claims[0].equivalents, vec![1]);
    assert_eq!(
        claims[0].period.map(|p| p.to_string()).as_deref(),
        Some("2023")
    );
}

#[test]
fn references_across_sentences() {
    // `The company` and no word at all refer back to the topic.
    let got = link(
            Lang::English,
            None,
            "Ericsson published its results on Thursday. The company's operating margin was 8.5%. Net sales rose 12% to SEK 60 billion.",
            &[("Ericsson", "ericsson")],
            &[("SEK 60 billion", "SEK")],
            &["8.5%", "12%"],
        );
    assert_eq!(
        got,
        vec![
            claim("ericsson", "8.5%", "profit", None, "coref"),
            claim("ericsson", "12%", "revenue_growth", None, "coref"),
            claim("ericsson", "SEK 60 billion", "revenue", None, "coref"),
        ]
    );
    // `the first … the second` take the companies of the sentence before.
    let got = link(
            Lang::English,
            None,
            "Oracle and SAP both grew faster than expected. The first recorded sales of $12 billion, while the second reached $8 billion.",
            &[("Oracle", "oracle"), ("SAP", "sap")],
            &[("$12 billion", "USD"), ("$8 billion", "USD")],
            &[],
        );
    assert_eq!(
        got,
        vec![
            claim("oracle", "$12 billion", "revenue", None, "coref"),
            claim("sap", "$8 billion", "revenue", None, "coref"),
        ]
    );
}

#[test]
fn dutch_sentences() {
    let got = link(
            Lang::Dutch,
            Some("2024-05-01"),
            "ASML zag de omzet in het eerste kwartaal van 2024 met 10 procent stijgen tot 5,3 miljard euro. \
             Philips-topman Roy Jakobs zei dat het bedrijf dit jaar 1 miljard euro wil investeren. \
             Prosus, dat een belang van 25 procent in Tencent heeft, investeerde 500 miljoen euro in Swiggy.",
            &[("ASML", "asml"), ("Philips", "philips"), ("Prosus", "prosus"), ("Tencent", "tencent"), ("Swiggy", "swiggy")],
            &[("5,3 miljard euro", "EUR"), ("1 miljard euro", "EUR"), ("500 miljoen euro", "EUR")],
            &["10 procent", "25 procent"],
        );
    assert_eq!(
        got,
        vec![
            claim(
                "asml",
                "10 procent",
                "revenue_growth",
                Some("2024-Q1"),
                "sentence"
            ),
            claim(
                "asml",
                "5,3 miljard euro",
                "revenue",
                Some("2024-Q1"),
                "sentence"
            ),
            claim(
                "philips",
                "1 miljard euro",
                "investment",
                Some("2024"),
                "sentence"
            ),
            claim("prosus", "25 procent", "other", None, "sentence"),
            claim("prosus", "500 miljoen euro", "investment", None, "sentence"),
        ]
    );
}

#[test]
fn french_sentences() {
    let got = link(
            Lang::French,
            Some("2024-07-30"),
            "Au premier semestre 2024, le groupe Danone a réalisé un chiffre d'affaires de 14 milliards d'euros. \
             Le groupe prévoit d'investir 2 milliards d'euros. \
             L'action Kering a chuté de 9 %. \
             Vivendi, qui détient 29 % de Lagardère, a investi 600 millions d'euros dans Canal+.",
            &[("Danone", "danone"), ("Kering", "kering"), ("Vivendi", "vivendi"), ("Lagardère", "lagardere"), ("Canal+", "canal-plus")],
            &[("14 milliards d'euros", "EUR"), ("2 milliards d'euros", "EUR"), ("600 millions d'euros", "EUR")],
            &["9 %", "29 %"],
        );
    assert_eq!(
        got,
        vec![
            claim(
                "danone",
                "14 milliards d'euros",
                "revenue",
                Some("2024-H1"),
                "sentence"
            ),
            claim("danone", "2 milliards d'euros", "investment", None, "coref"),
            claim("kering", "9 %", "other", None, "sentence"),
            claim("vivendi", "29 %", "other", None, "sentence"),
            claim(
                "vivendi",
                "600 millions d'euros",
                "investment",
                None,
                "sentence"
            ),
        ]
    );
}

#[test]
fn the_group_is_the_parent_where_the_text_names_it() {
    let text =
        "Inditex grew fast. Its brand Zara opened 30 stores. Sales of the whole group rose 7%.";
    let mention = |name: &str, entity: &str, parent: Option<&str>| {
        let start = text.find(name).unwrap();
        CompanyMention {
            span: Span::new(start, start + name.len()),
            entity: entity.into(),
            parent: parent.map(Into::into),
        }
    };
    let companies = vec![
        mention("Inditex", "inditex", None),
        mention("Zara", "zara", Some("inditex")),
    ];
    let start = text.find("7%").unwrap();
    let amounts = Amounts {
        money: vec![],
        percents: vec![PercentMention {
            span: Span::new(start, start + 2),
            value: Decimal::ZERO,
        }],
    };
    let article = Article {
        text: text.into(),
        ..Article::default()
    };
    let claims = ClaimLinker::new().link(&article, Lang::English, &companies, &amounts);
    assert_eq!(claims.len(), 1);
    assert_eq!(&*companies[claims[0].company].entity, "inditex");
    assert_eq!(
        (claims[0].metric, claims[0].link),
        (Metric::RevenueGrowth, Link::Coref)
    );
}

#[test]
fn prices_stakes_and_pairs_go_to_the_right_company() {
    // A price is the buyer's investment.
    let got = link(
        Lang::English,
        None,
        "Sainsbury's agreed to sell its bank to NatWest for about £500 million.",
        &[("Sainsbury's", "sainsburys"), ("NatWest", "natwest")],
        &[("£500 million", "GBP")],
        &[],
    );
    assert_eq!(
        got,
        vec![claim(
            "natwest",
            "£500 million",
            "investment",
            None,
            "sentence"
        )]
    );
    // A stake held by a state is nobody's claim; one held by a company
    // is the holder's.
    let got = link(
            Lang::English,
            None,
            "The German state, which holds 10.9% of the capital of Airbus, did not comment. Exor holds 14% of Ferrari.",
            &[("Airbus", "airbus"), ("Exor", "exor"), ("Ferrari", "ferrari")],
            &[],
            &["10.9%", "14%"],
        );
    assert_eq!(got, vec![claim("exor", "14%", "other", None, "sentence")]);
    // `respectievelijk` followed by the names.
    let got = link(
            Lang::Dutch,
            None,
            "Volgens Telecompaper heeft T-Mobile een aandeel van 20 procent, tegen 40% en 30% voor respectievelijk Vodafone en Orange.",
            &[("Telecompaper", "telecompaper"), ("T-Mobile", "t-mobile"), ("Vodafone", "vodafone"), ("Orange", "orange")],
            &[],
            &["20 procent", "40%", "30%"],
        );
    let pairs: Vec<(String, &str)> = got.iter().map(|c| (c.0.clone(), c.2)).collect();
    assert_eq!(
        pairs,
        vec![
            ("t-mobile".into(), "market_share"),
            ("vodafone".into(), "market_share"),
            ("orange".into(), "market_share"),
        ]
    );
    // The parent after `maison mère de l'opérateur` is not the subject.
    let got = link(
            Lang::French,
            None,
            "Le groupe Orange, maison mère de l'opérateur Sosh, a publié un chiffre d'affaires de 10 milliards d'euros, en hausse de 2 %.",
            &[("Orange", "orange"), ("Sosh", "sosh")],
            &[("10 milliards d'euros", "EUR")],
            &["2 %"],
        );
    let entities: Vec<&str> = got.iter().map(|c| c.0.as_str()).collect();
    assert_eq!(entities, vec!["orange", "orange"]);
}

#[test]
fn results_figures_keep_the_reported_quarter() {
    let got = link(
        Lang::English,
        None,
        "Lyft reported bookings of $4 billion for the second quarter of 2024. \
             Revenue rose 41% to $1.3 billion. Lyft has served 40% of US adults.",
        &[("Lyft", "lyft")],
        &[("$4 billion", "USD"), ("$1.3 billion", "USD")],
        &["41%", "40%"],
    );
    let periods: Vec<(&str, Option<&str>)> =
        got.iter().map(|c| (c.1.as_str(), c.3.as_deref())).collect();
    assert_eq!(
        periods,
        vec![
            ("$4 billion", Some("2024-Q2")),
            ("41%", Some("2024-Q2")),
            ("$1.3 billion", Some("2024-Q2")),
            ("40%", None),
        ]
    );
}

#[test]
fn a_value_shared_by_two_companies_is_neither_claim() {
    let got = link(
        Lang::Dutch,
        None,
        "KKR en Blackstone kochten de onderneming in 2022 voor 5 miljard euro.",
        &[("KKR", "kkr"), ("Blackstone", "blackstone")],
        &[("5 miljard euro", "EUR")],
        &[],
    );
    assert_eq!(got, vec![]);
}

#[test]
fn forecasters_and_states_opening_a_sentence() {
    let got = link(
            Lang::Dutch,
            None,
            "Analisten van Rabobank verwachten dat de omzet van Philips dit jaar daalt, tot 17 miljard euro. \
             De Franse staat, die 15 procent van Renault bezit, ontvangt ruim 50 miljoen euro dividend.",
            &[("Rabobank", "rabobank"), ("Philips", "philips"), ("Renault", "renault")],
            &[("17 miljard euro", "EUR"), ("50 miljoen euro", "EUR")],
            &["15 procent"],
        );
    assert_eq!(got, vec![]);
}

#[test]
fn people_forecasts_and_dividends() {
    let got = link(
            Lang::English,
            Some("2024-10-01"),
            "Nike, whose founder's personal fortune is put at $40 billion, beat the $11.6 billion expected by analysts. \
             Nike will pay a dividend of 40 cents per share, up 9%.",
            &[("Nike", "nike")],
            &[("$40 billion", "USD"), ("$11.6 billion", "USD"), ("40 cents", "USD")],
            &["9%"],
        );
    assert_eq!(
        got,
        vec![
            claim("nike", "40 cents", "other", None, "sentence"),
            claim("nike", "9%", "other", None, "sentence"),
        ]
    );
}

#[test]
fn values_about_people_or_countries_without_a_company_make_no_claim() {
    let got = link(
        Lang::English,
        None,
        "China's economy grew 5% last year. The president said exports rose 7%.",
        &[],
        &[],
        &["5%", "7%"],
    );
    assert_eq!(got, vec![]);
}

#[test]
fn guidance_ranges_and_purchases_without_the_buyer() {
    let got = link(
        Lang::English,
        None,
        "Nestlé grew. The company expects sales growth of 3-5% and operating profit growth of 8%. \
         It acquired the brand Seres in 2023 for $2 billion.",
        &[("Nestlé", "nestle"), ("Seres", "seres")],
        &[("$2 billion", "USD")],
        &["3", "5%", "8%"],
    );
    let got: Vec<(String, String, &str)> = got.into_iter().map(|c| (c.0, c.1, c.2)).collect();
    assert_eq!(
        got,
        vec![
            ("nestle".into(), "3".into(), "revenue_growth"),
            ("nestle".into(), "5%".into(), "revenue_growth"),
            ("nestle".into(), "8%".into(), "profit"),
            ("nestle".into(), "$2 billion".into(), "investment"),
        ]
    );
}

#[test]
fn stakes_told_from_the_owned_side_belong_to_the_holder_after_by() {
    let got = link(
        Lang::Dutch,
        None,
        "Prosus, dat voor 43 procent in handen is van het Zuid-Afrikaanse Naspers, groeide. \
         Het bedrijf is voor 30 procent in handen van de familie Koch.",
        &[("Prosus", "prosus"), ("Naspers", "naspers")],
        &[],
        &["43 procent", "30 procent"],
    );
    let got: Vec<(String, String)> = got.into_iter().map(|c| (c.0, c.1)).collect();
    assert_eq!(got, vec![("naspers".into(), "43 procent".into())]);
}

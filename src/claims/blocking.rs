//! Values that make no claim: about a market, a person, a government,
//! another party's forecast, a stake held by someone else, a value shared by
//! two companies.

use super::sentence::*;
use super::*;

/// Values that make no claim: about a market, a person's fortune or pay,
/// another party's forecast, a stake held by someone else, and (for a value
/// linked to the topic with no word, `implicit`) a source's statement.
#[allow(clippy::too_many_arguments)]
pub(super) fn blocked(
    sentence: &Sentence<'_>,
    value: &Value,
    target: Target,
    implicit: bool,
    paired: bool,
    companies: &[CompanyMention],
    metric: Metric,
) -> bool {
    let from = match target {
        Target::Mention(c) if companies[c].span.end <= value.span.start => companies[c].span.end,
        Target::Mention(_) => sentence.clause_of(value.span).start,
        _ => sentence.span.start,
    };
    // `Tesco shares, a member of the FTSE 100 index, were up 2.7%`: the
    // shares are the company's, whatever market they trade in.
    let shares = sentence.cue_between(sentence.span.start, value.span.start, Cue::SharePrice);
    // `its second-biggest market` is the company's own market.
    // For a value linked to the topic, a market word anywhere in its clause
    // counts (`la dette publique atteint 112 % du PIB`).
    let to = match target {
        Target::Mention(_) => value.span.start,
        _ => sentence.clause_of(value.span).end,
    };
    let about_a_market = sentence.cues_of(Cue::Market).any(|cue| {
        cue.span.start >= from && cue.span.end <= to && !after_possessive(sentence, cue.span)
    });
    if metric != Metric::MarketShare && !shares && about_a_market {
        return true;
    }
    let clause = sentence.clause_of(value.span);
    // A person's fortune or pay (`Murphy, whose total pay rose to £9.9m`).
    if sentence.cue_between(clause.start, clause.end, Cue::Personal) {
        return true;
    }
    // A government's or a regulator's money or stake: `The UK government,
    // which spends £17 billion`, `EDF, détenu à 100 % par l'État`.
    // The government must be nearer the value than a company named before it.
    // A company inside a relative clause (`L'État, qui possède 23 % du
    // capital d'Engie, touchera …`) is not the clause's subject.
    let chosen_start = match target {
        Target::Mention(c)
            if companies[c].span.end <= value.span.start
                && !sentence.relatives.iter().any(|r| {
                    r.start < companies[c].span.start && companies[c].span.end <= r.end
                }) =>
        {
            companies[c].span.start
        }
        _ => sentence.span.start,
    };
    let government = sentence.cues_of(Cue::Government).any(|cue| {
        (cue.span.start >= clause.start && cue.span.end <= clause.end)
            || (cue.span.end <= value.span.start && cue.span.start >= chosen_start)
    });
    if government {
        return true;
    }
    // A stake told from the owned side whose holder is no company named
    // after `by` (`detained at 34.7% by the Bettencourt Meyers family`).
    let passive = sentence.cue_between(clause.start, clause.end, Cue::PassiveStake);
    if passive
        && value.kind == Kind::Percent
        && !matches!(target, Target::Mention(c) if Some(c) == super::candidates::passive_holder(sentence, value, companies))
    {
        return true;
    }
    // A sentence that opens with the forecasters (`Analysts expect`,
    // `Analisten van ING verwachten dat …`) is their forecast throughout.
    let forecast_sentence = sentence
        .cues_of(Cue::Forecast)
        .any(|cue| cue.span.start - sentence.span.start <= 12 && cue.span.end <= value.span.start);
    if forecast_sentence {
        return true;
    }
    // `beating the 90.9 billion yuan expected by analysts`.
    let forecast_after = sentence.cues_of(Cue::Forecast).any(|cue| {
        cue.span.start >= value.span.end
            && cue.span.start - value.span.end <= 40
            && sentence.same_clause(value.span, cue.span)
    });
    if forecast_after {
        return true;
    }
    // A stake belongs to its holder, named before `holds`: `The French
    // State, which holds 10.8 % of the capital of Airbus` is no claim.
    if let Target::Mention(c) = target {
        let holder_after_stake = sentence.cues_of(Cue::Stake).any(|cue| {
            cue.span.end <= value.span.start
                && cue.span.start >= clause.start
                && companies[c].span.start >= cue.span.end
        });
        if holder_after_stake && value.kind == Kind::Percent {
            return true;
        }
    }
    // A value shared by two companies (`Apax Partners en Warburg Pincus
    // kochten … voor 5,1 miljard euro`) is neither's claim.
    if let Target::Mention(c) = target {
        if !paired && jointly_named(sentence, c, companies) {
            return true;
        }
    }
    // A value with no company nor reference of its own, in a sentence whose
    // only names are sources, is the source's statement (`According to Cirium, air traffic
    // should grow 3.6%`), not a fact about the topic.
    let cited_only = !sentence.companies.is_empty()
        && sentence.companies.iter().all(|&c| {
            is_source(sentence, c, companies, Some(value))
                && companies[c].span.end <= value.span.start
        });
    if implicit && cited_only {
        return true;
    }
    // A forecast cue before the value, in its clause or with no company
    // named in between except the forecaster itself.
    sentence.cues_of(Cue::Forecast).any(|cue| {
        cue.span.end <= value.span.start
            && (sentence.same_clause(cue.span, value.span)
                || !sentence.companies.iter().any(|&c| {
                    let s = companies[c].span;
                    s.start >= cue.span.end
                        && s.end <= value.span.start
                        && !is_source(sentence, c, companies, Some(value))
                }))
    })
}

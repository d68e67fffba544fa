from labeltool import c, m, p, claim
ID = "en_004_airbus_fr"
LANG = "en"
TRANSLATED_FROM = "fr"
TEXT = """ date 2024-10-30 Airbus maintains its objectives despite the difficulties of its space activity

The European aircraft manufacturer Airbus published on Wednesday a turnover of 46.4 billion euros for the first nine months of 2024, up 3 % compared to the same period of last year. Over the third quarter alone, the turnover of the group reached 15.2 billion euros.

Its adjusted operating result stood at 1.2 billion euros in the third quarter, that is to say 8 % less than one year earlier. As a reminder, the group had already recorded in the first half of 2024 charges of 989 million euros ($ 1.07 billion) linked to its space programs, grouped in its Defence and Space division.

« The environment remains complex, but the free cash flow of 3.5 billion euros that we target for the year remains within reach », declared Guillaume Faury, the executive president of Airbus, during a conference with journalists. The manufacturer, which delivered 497 commercial aircraft at the end of September, still targets around 770 deliveries in 2024 and an adjusted operating result of about 5.5 billion euros for the whole year.

Recall that its American rival Boeing, paralysed by a strike of its machinists since September, announced last week a net loss of $ 6.2 billion for the third quarter of 2024. According to the agency Reuters, the company from Arlington is preparing a capital increase.

The French State, which holds 10.8 % of the capital of Airbus, just like Germany, follows the file closely. The engine maker Safran, of which Airbus is the first customer, saw its share gain 2.5 % on the Paris Stock Exchange, while the title Airbus finished up 1.9 % at 146 euros.

According to the consulting firm Cirium, the world air traffic should grow by 3.6 % per year during the next twenty years. Airbus, which employs more than 150,000 people, will present its new strategic plan to investors in December.
"""
MENTIONS = [
    c("Airbus", "airbus", key="Airbus@head"),
    c("Airbus", "airbus", n=2, key="Airbus@1"),
    m("46.4 billion euros", "46.4e9", "EUR"),
    p("3 %", 3),
    m("15.2 billion euros", "15.2e9", "EUR"),
    m("1.2 billion euros", "1.2e9", "EUR"),
    p("8 %", 8),
    m("989 million euros", "989e6", "EUR"),
    m("$ 1.07 billion", "1.07e9", "USD"),
    m("3.5 billion euros", "3.5e9", "EUR"),
    c("Airbus", "airbus", anchor="president of Airbus", key="Airbus@quote"),
    m("5.5 billion euros", "5.5e9", "EUR"),
    c("Boeing", "boeing"),
    m("$ 6.2 billion", "6.2e9", "USD"),
    c("Reuters", "reuters"),
    p("10.8 %", 10.8),
    c("Airbus", "airbus", anchor="capital of Airbus", key="Airbus@state"),
    c("Safran", "safran"),
    c("Airbus", "airbus", anchor="which Airbus is", key="Airbus@safran"),
    p("2.5 %", 2.5),
    c("Airbus", "airbus", anchor="title Airbus", key="Airbus@stock"),
    p("1.9 %", 1.9),
    m("146 euros", "146", "EUR"),
    c("Cirium", "cirium"),
    p("3.6 %", 3.6),
    c("Airbus", "airbus", anchor="Airbus, which employs", key="Airbus@last"),
]
CLAIMS = [
    claim("Airbus@1", "46.4 billion euros", "revenue", None, "sentence"),
    claim("Airbus@1", "3 %", "revenue_growth", None, "sentence"),
    claim("airbus", "15.2 billion euros", "revenue", "2024-Q3", "coref"),
    claim("airbus", "1.2 billion euros", "profit", "2024-Q3", "coref"),
    claim("airbus", "8 %", "profit", "2024-Q3", "coref"),
    claim("airbus", "989 million euros", "other", "2024-H1", "coref", eq=["$ 1.07 billion"]),
    claim("Airbus@quote", "3.5 billion euros", "other", "2024", "sentence"),
    claim("airbus", "5.5 billion euros", "profit", "2024", "coref"),
    claim("Boeing", "$ 6.2 billion", "profit", "2024-Q3", "sentence"),
    claim("Safran", "2.5 %", "other", None, "sentence"),
    claim("Airbus@stock", "1.9 %", "other", None, "sentence"),
    claim("Airbus@stock", "146 euros", "other", None, "sentence"),
]

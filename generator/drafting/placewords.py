"""Places and peoples: general vocabulary, never a person's name nor an organisation.

Kept apart from `lexicon` (which re-exports these) because the lists are long and grow
one country at a time, and several rules (names, organisations, datelines) read them.
"""

from __future__ import annotations

from .wordlists import words

# Peoples' adjectives: a nationality before a post ("a Peruvian expert on X") says where the
# person is from, neither the post nor an organisation.
DEMONYMS = words(
    "Chinese Russian Ukrainian British Indian Japanese Korean German French Italian Spanish "
    "Polish Iranian Iraqi Israeli Palestinian Egyptian Turkish Syrian Lebanese Saudi Qatari "
    "Taiwanese Australian Canadian Mexican Brazilian African European Asian American Arab "
    "Estonian Kazakh Armenian Azerbaijani Georgian Swiss Dutch Irish English Scottish Welsh Soviet "
    "Colombian Venezuelan Peruvian Chilean Argentine Argentinian Cuban Bolivian Ecuadorian "
    "Uruguayan Paraguayan Nigerian Kenyan Ghanaian Ethiopian Somali Sudanese Ugandan "
    "Tanzanian Zimbabwean Libyan Tunisian Algerian Moroccan Jordanian Emirati Kuwaiti Omani "
    "Bahraini Yemeni Afghan Pakistani Bangladeshi Nepali Nepalese Thai Vietnamese Indonesian "
    "Malaysian Filipino Singaporean Mongolian Kyrgyz Uzbek Tajik Turkmen Belarusian Moldovan "
    "Romanian Bulgarian Serbian Croatian Bosnian Hungarian Czech Slovak Slovenian Greek "
    "Cypriot Portuguese Belgian Austrian Danish Swedish Norwegian Finnish Icelandic Latvian "
    "Lithuanian"
)
# Places and peoples: general vocabulary, never a person's name or an organisation.
PLACES = DEMONYMS | words(
    "China Russia Ukraine Britain India Japan Korea Germany France Italy Spain Poland Iran "
    "Iraq Israel Palestine Gaza Egypt Turkey Syria Lebanon Jordan Saudi Arabia Qatar Yemen "
    "Taiwan Hong Kong Australia Canada Mexico Brazil Argentina Africa Europe Asia America "
    "Americas Pacific Atlantic Arctic Estonia Latvia Lithuania Finland Sweden Norway Denmark "
    "Switzerland Austria Belgium Netherlands Ireland Scotland Wales England Kazakhstan "
    "Uzbekistan Armenia Azerbaijan Georgia Belarus Moscow Beijing Washington Brussels London "
    "Paris Berlin Tokyo Shanghai Kyiv Kiev Tehran Cairo Beirut Jerusalem Baku Yerevan Astana "
    "Singapore Vietnam Thailand Indonesia Malaysia Philippines Pakistan Afghanistan Mongolia "
    "Western Eastern Northern Southern Middle East West North South US UK EU UN NATO Baltic "
    "Southeast Northeast Southwest Northwest "
    # the countries of the peoples above
    "Colombia Venezuela Peru Chile Cuba Bolivia Ecuador Uruguay Paraguay Nigeria Kenya Ghana "
    "Ethiopia Somalia Sudan Uganda Tanzania Zimbabwe Libya Tunisia Algeria Morocco Kuwait "
    "Oman Bahrain Bangladesh Nepal Kyrgyzstan Tajikistan Turkmenistan Moldova Romania "
    "Bulgaria Serbia Croatia Bosnia Hungary Slovakia Slovenia Greece Cyprus Portugal Iceland "
    "Caucasus Caspian Central Gulf Balkan Nordic Latin Sino-Russian Sino-American"
    # "St Mary's Hospital", "St Petersburg": a saint's name is a place's or an institution's
    " St Saint"
    # party labels stand before a name as a nationality does ("Democrat Jane Doe")
    " Democrat Democrats Democratic Republican Republicans Labour Conservative"
)
# Of those, the cities: a university "in Beijing" may be known by its campus's city, where
# one "in the Netherlands" or "in Norway" is only placed (`orgname`)
CITIES = words(
    "Gaza Moscow Beijing Washington Brussels London Paris Berlin Tokyo Shanghai Kyiv Kiev "
    "Tehran Cairo Beirut Jerusalem Baku Yerevan Astana Singapore Hong Kong"
)
# The abbreviations of US states that a dateline or a place after a town gives ("in Orange
# County, Calif."): written after a post they say where it is held, never who employs it.
# (Kept out of `PLACES`: "Miss", "Mass" and "Wash" are also other words.)
STATE_ABBREVIATIONS = words(
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo "
    "Mont Neb Nev N.H N.J N.M N.Y N.C N.D Okla Ore Pa R.I S.C S.D Tenn Tex Vt Va Wash W.Va "
    "Wis Wyo"
)
# ... as one alternation for the patterns that look for a place
PLACE_ALT = "|".join(sorted(PLACES))

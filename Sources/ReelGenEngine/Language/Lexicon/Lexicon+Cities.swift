extension Lexicon {
    /// Cities named by their names ("aerial view of zaporizhia", "a street in tokyo"): a city
    /// seen as its skyline. Only names no other English word shares: "nice", "reading" and
    /// "bath" stay the words they are.
    static let cities = LexiconEntry("""
        new york, new york city, nyc, manhattan, brooklyn, los angeles, san francisco, chicago, boston, seattle, miami, las vegas, \
        washington dc, philadelphia, houston, dallas, atlanta, detroit, toronto, montreal, vancouver, mexico city, havana, \
        rio de janeiro, sao paulo, buenos aires, lima, bogota, santiago, caracas, \
        london, paris, berlin, madrid, barcelona, lisbon, rome, milan, venice, florence, naples, amsterdam, rotterdam, brussels, \
        vienna, prague, budapest, warsaw, krakow, munich, hamburg, frankfurt, cologne, zurich, geneva, copenhagen, stockholm, oslo, \
        helsinki, dublin, edinburgh, glasgow, manchester, liverpool, llandudno, athens, istanbul, ankara, bucharest, sofia, belgrade, \
        zagreb, dubrovnik, kyiv, kiev, kharkiv, odesa, odessa, lviv, dnipro, zaporizhia, zaporizhzhia, mariupol, minsk, vilnius, riga, \
        tallinn, moscow, saint petersburg, st petersburg, \
        cairo, casablanca, marrakech, lagos, nairobi, cape town, johannesburg, addis ababa, \
        dubai, abu dhabi, doha, riyadh, jerusalem, tel aviv, tehran, baghdad, beirut, \
        mumbai, delhi, new delhi, kolkata, bangalore, chennai, karachi, lahore, dhaka, kathmandu, \
        tokyo, osaka, kyoto, seoul, busan, beijing, shanghai, hong kong, shenzhen, guangzhou, taipei, singapore, bangkok, \
        hanoi, ho chi minh city, saigon, kuala lumpur, jakarta, manila, sydney, melbourne, auckland
        """, .setting(.cityskyline))
}

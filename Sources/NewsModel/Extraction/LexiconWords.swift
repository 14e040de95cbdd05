// MARK: - Word lists

/// The generic English word lists behind ``Lexicon``. Space-separated, lowercase.
enum LexiconWords {
    static let lists: [(WordClass, String)] = [
        (.function, """
        a an the and or but nor so yet if then than as at by for from in into of off on onto out over
        to up with within without about above across after against along among around before behind
        below beneath beside besides between beyond despite during except inside near since through
        throughout toward towards under underneath unlike until upon via whether while whilst although
        though because unless once where when whenever wherever why how what which who whom whose
        this that these those there here it its he him his she her hers they them their theirs we us our
        ours you your yours i me my mine one some any all both each every either neither no not none
        many much more most few fewer less least other another such same own only also even still just
        already again ever never always often sometimes perhaps maybe meanwhile however instead
        moreover furthermore nevertheless nonetheless otherwise therefore thus hence indeed besides
        earlier later first last next new now today tonight yesterday tomorrow recently currently
        is are was were be been being am has have had having do does did done can could will would shall
        should may might must let lets like unlike according following including regarding
        please yes thanks thank whatever whoever overall ahead away back asked says said speaking
        """),
        (.honorific, "mr mrs ms miss dr sir dame lord lady prof mx rev madam monsieur mme herr"),
        (.roleHead, """
        president minister secretary chancellor premier senator governor mayor ambassador envoy
        spokesman spokeswoman spokesperson spokespeople chairman chairwoman chairperson chair director
        chief leader king queen prince princess pope emperor sheikh general admiral commander
        colonel captain lieutenant sergeant officer coach manager boss judge attorney diplomat adviser
        advisor official executive founder co-founder cofounder head analyst economist professor
        lawyer member mp mep msp mla deputy vice representative congressman congresswoman commissioner
        inspector superintendent detective player striker midfielder defender goalkeeper keeper winger
        forward singer actor actress producer writer author star presenter host editor reporter
        correspondent chef designer artist musician rapper broadcaster researcher scientist expert
        campaigner activist strategist partner owner investor banker trader agent negotiator
        prosecutor solicitor barrister counsel treasurer auditor administrator president-elect
        premier-elect chancellor-elect spokesperson secretary-general director-general ceo cfo coo
        chairwoman heir bishop archbishop cardinal imam rabbi priest cleric monarch dictator
        politician legislator lawmaker councillor councilor leader-elect lord-mayor commentator
        columnist critic historian biographer novelist poet composer conductor dancer comedian
        filmmaker film-maker photographer walker runner sprinter athlete cyclist boxer golfer swimmer
        skater skier rider jockey driver pilot batsman bowler captain-elect veteran teammate team-mate
        rival champion hopeful nominee candidate challenger incumbent predecessor successor
        artists singers actors musicians founders directors owners players coaches duo trio
        dutchman irishman frenchman englishman scotsman welshman spaniard scot dane swede finn briton brit
        frenchwoman englishwoman irishwoman scotswoman welshwoman dutchwoman youngster teenager veteran
        resident citizen voter student worker farmer shopper passenger teacher nurse pupil witness victim
        survivor mother father wife husband son daughter brother sister colleague neighbour neighbor
        """),
        (.roleModifier, """
        foreign home prime vice deputy shadow junior senior chief executive general defence defense
        trade industry finance financial health education culture media sport environment transport work
        pensions justice interior economy economic energy state commerce treasury agriculture national
        security affairs policy managing assistant acting former ex top first opposition communications
        double triple olympic paralympic reigning defending
        digital international internal external immigration employment labor business technology
        science research public political military army naval foreign-policy development regional
        local federal central associate principal lead head majority minority party house cabinet
        european world global northern southern eastern western attorney solicitor press
        creative artistic technical marketing sales operations commercial legal medical
        """),
        (.orgHead, """
        ministry department party commission council agency bank inc ltd plc llc llp group union
        association federation committee corporation corp company co institute university college
        court parliament government office service authority board bureau club academy foundation
        trust organisation organization league society fund network forum assembly congress senate
        police army navy force forces administration cabinet treasury exchange commission
        cooperation co-operation alliance coalition movement front institution centre center
        studios studio records pictures airlines airways motors industries holdings partners
        systems technologies labs laboratories software communications media broadcasting
        television radio news times post journal herald telegraph guardian tribune gazette
        press publishing newspapers magazine channel politburo secretariat regime embassy
        consulate mission delegation tribunal fc rovers wanderers athletic albion rangers celtic
        hotspur united county city town nations reserve brigade division unit regiment squad
        charity charities unions chambers guild syndicate consortium firm firms house
        project programme program initiative scheme campaign awards festival prize trophy championship
        championships hospital school hotel station
        """),
        (.placeHead, """
        strait straits sea seas ocean square street road avenue island islands river
        mountains mount bay gulf peninsula valley airport stadium palace guesthouse
        park region province state states county city town village district territory territories
        republic kingdom emirates coast lake desert canal cathedral
        mosque basin plains highlands heights forest sound cape harbour
        harbor port capital arena theatre theater museum zoo gardens
        """),
        (.place, """
        afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
        bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia
        botswana brazil brunei bulgaria burkina burundi cambodia cameroon canada chad chile china
        colombia comoros congo croatia cuba cyprus czech czechia denmark djibouti dominica ecuador
        egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany
        ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia
        iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait
        kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg
        madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia
        moldova monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru nepal
        netherlands holland nicaragua niger nigeria norway oman pakistan palau palestine panama
        paraguay peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia
        seychelles singapore slovakia slovenia somalia spain sudan suriname sweden switzerland
        syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan tuvalu
        uganda ukraine uruguay uzbekistan vanuatu vatican venezuela vietnam yemen zambia zimbabwe
        england scotland wales britain ulster europe asia africa america americas antarctica
        arctic oceania eurasia balkans caribbean scandinavia siberia tibet xinjiang hong kong macau
        crimea donbas gaza kashmir chechnya darfur kurdistan
        korea zealand arabia saudi emirates lanka sri leone sierra salvador costa rica
        beijing shanghai moscow kyiv kiev washington london paris berlin tokyo seoul taipei
        pyongyang tehran baghdad kabul delhi mumbai brussels geneva vienna rome madrid lisbon
        athens ankara istanbul cairo jerusalem damascus beirut riyadh dubai doha karachi islamabad
        manila jakarta bangkok hanoi singapore sydney canberra ottawa toronto montreal vancouver
        york angeles chicago boston houston dallas miami francisco seattle atlanta detroit
        manchester liverpool birmingham leeds glasgow edinburgh cardiff belfast dublin bristol
        brasilia rio mexico lagos nairobi johannesburg pretoria cape
        """),
        (.demonym, """
        chinese american british english scottish welsh irish french german italian spanish
        portuguese russian ukrainian japanese korean taiwanese indian pakistani afghan iranian
        iraqi syrian israeli palestinian egyptian saudi turkish greek polish dutch belgian swiss
        austrian swedish norwegian danish finnish icelandic canadian mexican brazilian argentine
        argentinian chilean colombian venezuelan cuban australian zealander nigerian kenyan
        ethiopian african european asian arab hungarian czech slovak romanian bulgarian serbian
        croatian bosnian albanian belarusian lithuanian latvian estonian georgian armenian
        vietnamese thai malaysian indonesian filipino singaporean burmese mongolian tibetan
        uzbek kazakh lebanese jordanian libyan moroccan algerian tunisian sudanese somali
        us u.s. u.s uk u.k. u.k usa u.s.a. eu u.n. un prc dprk nato western eastern northern southern
        sino-us sino-american anglo-american
        """),
        (.month, "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec"),
        (.weekday, "monday tuesday wednesday thursday friday saturday sunday mon tue tues thu thur thurs fri"),
        (.reportingVerb, """
        said says say told tells added adds stressed stresses warned warns urged urges wrote writes
        explained explains insisted insists argued argues claimed claims stated noted notes declared
        declares announced announces asked asks replied replies answered answers commented comments
        remarked remarks emphasised emphasized emphasises emphasizes acknowledged acknowledges
        admitted admits confirmed confirms cautioned cautions predicted predicts recalled recalls
        suggested suggests tweeted conceded concedes complained complains agreed agrees vowed vows
        pledged pledges promised promises demanded demands maintained maintains countered counters
        responded responds reiterated reiterates echoed echoes boasted boasts revealed reveals
        joked jokes quipped quips observed observes concluded concludes objected objects protested
        protests proclaimed proclaims mused muses estimated estimates reckoned reckons indicated
        indicates signalled signaled announced insisted assured assures underlined underlines
        underscored underscores highlighted highlights affirmed affirms asserted asserts
        alleged alleges charged charges accused accuses criticised criticized criticises criticizes
        condemned condemns denied denies disputed disputes rejected rejects repeated repeats
        pointed shouted yelled whispered cried exclaimed continued continues hailed hails
        intimated contended opined forecast confessed retorted rebutted hinted threatened bragged lamented
        regretted disagreed queried questioned wondered speculated calculated projected remembered reflected
        murmured muttered sighed screamed disclosed emphasized cautioned conceded specified specifies
        """),
        (.reportingParticiple, """
        saying adding telling warning urging insisting arguing noting claiming stressing explaining
        declaring asking calling describing emphasising emphasizing acknowledging admitting
        confirming cautioning predicting suggesting tweeting writing vowing pledging promising
        demanding maintaining responding reiterating echoing revealing joking stating
        announcing assuring underlining accusing criticising criticizing condemning denying
        rejecting repeating replying answering hailing
        """),
        (.sourceVerb, "reported reports reporting according quoted"),
        (.namingVerb, "dubbed entitled titled named nicknamed labelled labeled branded so-called billed termed known"),
        (.weakReportingVerb, """
        described describes called calls expressed expresses voiced voices labelled labeled branded termed
        blamed blames dismissed dismisses praised praises welcomed welcomes denounced denounces slammed slams
        """),
        (.invertibleVerb, """
        said says added adds wrote writes continued continues explained explains insisted insists argued
        argues noted notes replied replies recalled recalls commented admitted admits acknowledged concluded
        declared remarked remarks underlined observed stated asked intimated retorted confessed opined
        countered conceded warned urged stressed emphasised emphasized cautioned predicted
        """),
        (.organisationKind, """
        magazine newspaper paper tabloid firm company group broadcaster carrier airline bank retailer
        website agency network studio charity consultancy watchdog regulator publisher insurer chain
        giant manufacturer conglomerate
        """),
        (.publicationKind, "newspaper paper tabloid magazine publisher"),
        (.companyKind, "firm company group giant conglomerate manufacturer retailer chain carrier airline insurer bank"),
        (.anyOrganisation, "organisation organization"),
        (.intermediaryRole, "spokesman spokeswoman spokesperson aide lawyer attorney solicitor representative agent adviser advisor source"),
        (.infinitiveTaker, """
        continued continues continue promised promises pledged pledges vowed vows threatened threatens agreed agrees
        demanded demands hoped claimed claims
        """),
        (.partyLabel, "labour conservative tory liberal democrat democratic republican socialist unionist nationalist"),
        (.stanceVerb, """
        believes believed thinks thought feels felt hopes hoped fears feared expects expected wants
        wanted admits insists accepts accepted knows reckons maintains
        """),
        (.pronounMale, "he him his"),
        (.pronounFemale, "she her"),
        (.pronounNeutral, "it its"),
        (.pronounPlural, "they their"),
        (.verbFiller, """
        also later then earlier has had have would will was is were are repeatedly previously recently
        again once reportedly further subsequently quickly simply just even still yesterday today
        separately publicly privately bluntly flatly firmly angrily openly tartly candidly frankly
        bitterly quietly loudly proudly clearly emphatically insistently cautiously optimistically
        confidently immediately often always never not last first initially originally finally
        had been has been once reportedly may might could should can did does do however though
        now then already since only apparently allegedly
        """),
        (.collective, """
        officials analysts experts sources critics observers residents witnesses diplomats
        investigators prosecutors researchers scientists economists campaigners protesters fans
        insiders executives ministers leaders authorities lawyers doctors activists supporters
        opponents organisers organizers members spokesmen spokespeople commentators reports
        reporters journalists people others many some most several media
        """),
        (.determiner, "the a an his her its their this that these those our my your some any each every"),
        (.preposition, """
        to with by from for of on at about against between in into over under after before during
        without toward towards among amid across behind beside near upon via
        """),
        (.nameParticle, "de van von der den bin al el da di du le la dos das del ter ibn abu mac st"),
        (.familyNameFirst, """
        wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng
        liang xie song tang han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai du ye
        cheng su wei lu ding ren shen yao jin fu zhong dai cui fan shi liao qiu xia tan qin gu hou
        shao meng long wan duan lei qian yin chang qiao lai gong wen kong bai mao hao kim park choi
        jung kang cho yoon jang lim moon nguyen tran pham hoang phan bui ngo duong
        """),
        (.pointBack, "this that these those such"),
        (.abbreviation, """
        mr mrs ms dr st gen sen rep gov lt col capt sgt prof jr sr vs etc jan feb mar apr jun jul
        aug sep sept oct nov dec inc ltd corp mt ft rev hon approx dept fig cf vol
        """),
        (.direction, "north south east west northern southern eastern western central upper lower greater new"),
        (.secondPerson, "you your you've you're yours yourself"),
        (.appeal, "support supporting contribute contributing contribution donate donating donation subscribe subscribing subscription help membership"),
        (.navigation, """
        comments comment headlines headline advertisement advert sponsored newsletter subscribe share
        related read more latest popular trending recommended source link links menu login sign
        cookies cookie privacy terms copyright reply replies report article articles story stories
        """),
        (.caption, "photo photos photograph picture pictured image images credit credits getty reuters afp ap epa pap xinhua upi shutterstock alamy file"),
        (.statementNoun, """
        statement interview tweet post letter speech briefing conference release communique video message remarks
        ruling decision verdict judgment judgement announcement reply response answer advice warning plea comment
        report study survey document filing
        """),
        (.leaderRole, "president premier leader chancellor king queen emperor chairman head prime"),
        (.nonName, """
        advertisement headlines comments read more latest update news sport business weather
        source link photo stock license licence gallery video watch listen share related
        """),
    ]
}

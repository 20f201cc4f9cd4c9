/// Sixty sentence pairs from the UN Parallel Corpus development set (Ziemski et al., LREC 2016;
/// corpus/unpc-devset, lines noted), for building documents of real UN text.
enum DevsetSample {
  /// (English, Chinese) pairs in devset order.
  static let pairs: [(english: String, chinese: String)] = [
    // line 497
    (
      "The contribution made by the publications to the advancement of international justice was "
        + "commended.",
      "若干代表团赞赏这两个出版物对促进国际司法作出的贡献。"
    ),
    // line 502
    (
      "The preliminary investigation by UNIFIL also showed that this retaliation included 20 "
        + "white phosphorus mortar shells.",
      "联黎部队的初步调查还显示，此次还击还使用了20枚白磷炮弹。"
    ),
    // line 503
    (
      "In accordance with the Unit's mandate, the secretariat of CEB circulates to United Nations "
        + "system organizations that participate in the Unit all reports that concern more than "
        + "one organization and compiles the comments received.",
      "根据联检组的任务规定，首协会秘书处向参加联检组的联合国系统各组织分发涉及不止一个组织的所有报告，并汇编所收到的评论意见。"
    ),
    // line 504
    (
      "A similar exchange of views and information was conducted in the preparation of a report "
        + "on a review of safety and security in the United Nations system.",
      "为了编写关于联合国系统安全和安保审查的报告，开展了类似的意见和信息交流。"
    ),
    // line 506
    (
      "38. Anguilla is an associate member of the Organization of Eastern Caribbean States and a "
        + "member of the Eastern Caribbean Central Bank.",
      "38. 安圭拉是东加勒比国家组织的准成员，是东加勒比中央银行的成员。"
    ),
    // line 507
    (
      "In addition, as from 2013, the Community College offers vocational training courses in "
        + "electrical installation, automotive repair, plumbing, refrigeration and air "
        + "conditioning, enabling students to attain internationally recognized qualifications in "
        + "a number of disciplines.",
      "此外，自2013年起，社区学院提供电气安装、汽车修理、管道、制冷和空调等职业培训课程，使学生们能在若干领域获得国际公认的资格。"
    ),
    // line 513
    (
      "UNITAR provided learning, training and related knowledge-sharing services to some 31,000 "
        + "individuals, representing an increase of 24 per cent compared with the figure for 2013 "
        + "(23,551).",
      "训研所为大约31 000人提供了学习、培训和有关知识共享服务，与2013年的数字(23 551人)相比增加了24%。"
    ),
    // line 515
    (
      "At its coordination and management meeting held on 18 November 2014, the Economic and "
        + "Social Council endorsed the Committee's recommendation that the Committee examine at "
        + "its fourteenth session what it will take to build trust in government in pursuit of "
        + "the future sustainable development goals.",
      "经济及社会理事会在2014年11月18日举行的协调和管理会议上认可了委员会的建议，即委员会将在其第十四届会议上审查为实现未来可持续发展目标加强对政府的信任这一项目。"
    ),
    // line 518
    (
      "During this period the GEF continued its support of the Global Monitoring Plans by "
        + "approving 3 regional projects to strengthen the capacity in these regions to monitor "
        + "the new POPs.",
      "在这期间，全环基金继续支助全球监测计划，核准三个区域项目来加强这些地区监测新的持久性有机污染物的能力。"
    ),
    // line 519
    (
      "However, the cultural relativist overview within this is silent, thus, a lapse in the "
        + "gender equity dimension for such Modern Educational standards.",
      "然而，文化相对论者在这方面却悄然无声，因此，此种现代教育准则缺乏性别平等方面的内容。"
    ),
    // line 523
    (
      "According to the territorial Government, the contribution of tourism to GDP was estimated "
        + "at $277.9 million in 2013, which accounted for 35 per cent of the overall estimated "
        + "GDP for 2013.",
      "据领土政府估计，2013年旅游业为国内总产值贡献了2.779亿美元，在2013年国内总产值估计总额中占35%。"
    ),
    // line 525
    (
      "The delegations expressing that view were also of the view that legal aspects of the use "
        + "of NPS in outer space should be considered in close cooperation between the Scientific "
        + "and Technical and Legal Subcommittees.",
      "表达该意见的代表团还认为，科学和技术小组委员会应与法律小组委员会密切合作，审议在外层空间使用核动力源所涉法律问题。"
    ),
    // line 527
    (
      "8. On 20 March 2009, on the eve of the official entry into force of the Treaty, "
        + "Secretary-General Ban Ki-moon welcomed this event in a statement circulated as an "
        + "official document to delegations of States Members of the United Nations.",
      "8. 在《条约》正式生效前夕，潘基文秘书长于2009年3月20日发表声明，对《条约》生效表示欢迎，该声明作为正式文件分发给了联合国会员国代表团。"
    ),
    // line 530
    (
      "Second, to end the AIDS epidemic by 2030, young people have called for the transformation "
        + "of social norms around gender and sexuality so that all young people, in all their "
        + "diversity, are free from stigma and discrimination.",
      "第二，为了到2030年终结艾滋病疫情，青年呼吁对关于性别和性行为的社会规范进行变革，以使千姿百态的所有青年免遭污名化和歧视。"
    ),
    // line 535
    (
      "He will build on the efforts and achievements of his predecessor and other United Nations "
        + "and international efforts.",
      "他将在他的前任和其他联合国努力及国际努力的基础上开展工作。"
    ),
    // line 539
    (
      "Regional statements from OAS and others, or United Nations General Assembly resolutions, "
        + "do not modify or dilute the obligation of nations to respect the Falkland Islanders' "
        + "right of self-determination, enshrined under the Charter of the United Nations.",
      "美洲组织和其他组织的区域声明或联合国大会决议并不改变或淡化各国依照《联合国宪章》尊重福克兰群岛居民自决权的义务。"
    ),
    // line 541
    (
      "5. A number of speakers noted the importance of using the Beijing Platform for Action and "
        + "international human rights treaties and mechanisms to effectively influence the design "
        + "of laws, policies and programmes.",
      "5. 一些发言者指出，必须利用《北京行动纲要》和各项国际人权条约和机制，有效影响法律、政策和方案的制定。"
    ),
    // line 546
    (
      "As a defining framework for change, the Platform for Action made comprehensive commitments "
        + "under 12 critical areas of concern.",
      "《行动纲要》作为推动变革的明确框架，对12个重大关切领域作出了全面承诺。"
    ),
    // line 551
    (
      "Even at times of economic and budgetary constraint, Finland has supported programme-driven "
        + "funding for IAEA and paid its assessed contributions to the IAEA regular budget and "
        + "the Technical Cooperation Fund in full and on time.",
      "即使在经济和预算困难之时，芬兰根据方案为原子能机构提供了供资支助，并及时全额向原子能机构经常预算和技术合作基金支付了其摊款。"
    ),
    // line 552
    (
      "23. Since 2010, Finland has contributed over Euro1.5 million to the Second Line of Defence "
        + "programme under the Nuclear Smuggling Outreach Initiative.",
      "23. 自2010年以来，芬兰对核走私问题外联倡议下的\"第二道防线\"方案提供了150万欧元的捐款。"
    ),
    // line 554
    (
      "Instead of reconstructing Gaza, Hamas is reconstructing its terror infrastructure and has "
        + "test fired approximately 90 rockets from Gaza into the Mediterranean Sea since "
        + "December.",
      "哈马斯置加沙重建于不顾，反而修建恐怖主义基础设施，12月以来从加沙向地中海试射了大约90枚火箭。"
    ),
    // line 557
    (
      "Article 3 of that legislation purports to grant Yemeni nationality to any child of a "
        + "Yemeni mother or father married to a foreigner (p. 31).",
      "该法第3条将也门国籍赋予与外籍人士结婚的也门女性或男子的子女(第31页)。"
    ),
    // line 560
    (
      "This silence emboldens Hezbollah and its Iranian patron to continue violating Security "
        + "Council resolutions and further destabilizing the region.",
      "这种沉默鼓励真主党及其支持者伊朗继续违反安全理事会决议并进一步破坏本区域的稳定。"
    ),
    // line 563
    (
      "Paid parental leave, flexible work arrangements, State subsidies and allowances and "
        + "affordable childcare were mentioned as ways to address that issue.",
      "与会者提及带薪育儿假、灵活工作安排、国家补贴和津贴以及负担得起的儿童保育服务是解决这一问题的方式。"
    ),
    // line 565
    (
      "3. Since the terms of office of Ms. Dinić, Mr. Hunte, Mr. Omran Al-Musawi, Mr. Sene and "
        + "Mr. Seyoum will expire on 31 December 2015, it will be necessary for the General "
        + "Assembly, at its seventieth session, to appoint five persons to fill the resulting "
        + "vacancies.",
      "3. 鉴于迪尼奇女士、亨特先生、奥姆兰-穆萨维先生、塞内先生和塞尤姆先生的任期将于2015年12月31日届满，因此，大会第七十届会议须任命五人以填补空缺。"
    ),
    // line 567
    (
      "The annual financial report is thus the only means by which the Authority is able to "
        + "verify objectively the contractors' compliance with these provisions.",
      "\"因此，年度财务报告是管理局能够客观核查承包者遵守这些规定情况的唯一手段。"
    ),
    // line 569
    (
      "Local authorities, members of parliament, mayors and human rights non-governmental "
        + "organizations (NGOs) should all play a part in ensuring a better understanding among "
        + "parents of the importance and benefits of respecting women's rights.",
      "地方政府、议员、市长以及各个非政府人权组织应投身于这项工作，确保家长更好地领会和理解尊重妇女权利的重要性和好处。"
    ),
    // line 572
    (
      "More than 21.2 per cent of all capital investments were from foreign investments and "
        + "loans, three quarters of which were foreign direct investment.",
      "所有资本投资中，21.2%以上来自外国投资和贷款，其中四分之三系外国直接投资。"
    ),
    // line 573
    (
      "Twenty-four group viewing parties were organized in 22 cities around the world through the "
        + "United Nations information centres.",
      "通过联合国新闻中心在世界各地的22个城市组织了24个观摩团。"
    ),
    // line 574
    (
      "It was no coincidence that 27 January -- the date of the liberation of Oswiecim by the Red "
        + "Army -- was declared International Holocaust Remembrance Day by resolution of the "
        + "United Nations General Assembly 10 years ago.",
      "十年前，联合国大会通过决议，宣布红军解放奥斯维辛的1月27日为大屠杀国际纪念日，这绝不是巧合。"
    ),
    // line 576
    (
      "Beginning on Thursday, 5 February 2015, the opposition-held suburb of Douma became the "
        + "site of relentless indiscriminate aerial bombardment by Syrian regime forces.",
      "自2015年2月5日星期四开始，反对派控制的杜乌马郊区成了叙利亚政权部队残酷的不分青红皂白的空中轰炸的目标。"
    ),
    // line 577
    (
      "These improvised explosive devices have indiscriminately killed, maimed and injured men, "
        + "women and children.",
      "这些简易爆炸装置不分青红皂白地将男子、妇女和儿童杀戮、致残并使其受伤。"
    ),
    // line 579
    (
      "When the debate is limited and a speaker exceeds the allotted time, the President shall "
        + "call the speaker to order without delay.",
      "在有限制的辩论中，发言者若超过限定的时间，主席应立即敦促其遵守规则。"
    ),
    // line 583
    (
      "The Forum is expected to elect the remaining members of the Bureau at the second meeting "
        + "of its eleventh session, to be held on 4 May 2015, as well as designate the Chair and "
        + "the Rapporteur of the eleventh session.",
      "预期论坛将在2015年5月4日举行的第十一届会议第二次会议上选举主席团其余成员，并指定第十一届会议主席和报告员。"
    ),
    // line 586
    (
      "In a number of post-conflict countries, international partners have made considerable "
        + "joint efforts to develop rule-of-law programmes and strategies based on national "
        + "priorities and needs.",
      "在许多冲突后国家，国际伙伴为了根据国家优先事项和需求制定法治方案和战略，做出巨大的共同努力。"
    ),
    // line 588
    (
      "One A-400 Turkish military aircraft infringed international air traffic regulations by "
        + "entering the Nicosia FIR without diplomatic permit or contacting the Nicosia ACC.",
      "土耳其一架A-400型军用飞机违反国际空中交通管制条例，未经外交许可，也没有与尼科西亚区域管制中心联系，即进入尼科西亚飞行情报区。"
    ),
    // line 593
    (
      "10. The Working Group subsequently considered human resources matters at its meeting on 13 "
        + "November 2014.",
      "10. 工作组随后在2014年11月13日的会议上审议了人力资源事项。"
    ),
    // line 596
    (
      "In this regard, the Group welcomes the efforts aimed at establishing other "
        + "nuclear-weapon-free zones worldwide and calls for cooperation and broad consultation "
        + "among the States of the regions concerned to conclude agreements establishing such "
        + "zones.",
      "在此方面，本集团欢迎努力在全世界建立其他无核武器区，并呼吁有关区域各国开展合作和广泛磋商，以达成建立无核武器区协议。"
    ),
    // line 597
    (
      "In this regard, the Group strongly calls for the withdrawal of any related reservations or "
        + "unilateral interpretative declarations that are incompatible with the object and "
        + "purpose of such treaties.",
      "在此方面，本集团强烈呼吁撤销与此类条约的目标和宗旨不符的任何相关的保留意见或单方面的解释性声明。"
    ),
    // line 598
    (
      "Mainstreaming and institutionalizing gender equality in government planning and budgeting "
        + "processes were considered an urgent priority.",
      "他们认为，将性别平等纳入政府的规划和预算工作并使之体制化是一个紧急优先事项。"
    ),
    // line 599
    (
      "This letter is in follow-up to our 533 letters regarding the ongoing crisis in the "
        + "Occupied Palestinian Territory, including East Jerusalem, which constitutes the State "
        + "of Palestine.",
      "在这封信之前，我们已就构成巴勒斯坦国的包括东耶路撒冷在内的巴勒斯坦被占领土上的持续危机发出了533封信。"
    ),
    // line 601
    (
      "23. In reviewing the workplan implementation of the Investigations Division, the Committee "
        + "focused on its prior recommendations.",
      "23. 在审查调查司的工作计划执行情况过程中，审咨委着重于其先前的各项建议。"
    ),
    // line 609
    (
      "The audit of United Nations Capital Development Fund headquarters highlighted the need to "
        + "reassess the Fund's organizational structure by setting up regional offices, providing "
        + "clear guidance on roles and responsibilities of various units and individual staff "
        + "members, and by using the UNDP Global Shared Service Centre.",
      "26. 联合国资本发展基金总部审计结果强调，需要重新评估基金的组织结构，为此要设立区域办事处，就各单位和每个工作人员的作用和责任提供明确指导，并利用开发署的全球共享服务中心。"
    ),
    // line 610
    (
      "We aim to deliver a holistic youth development package where education and access to "
        + "economy converge to enable true independence in a sustainable way.",
      "我们的宗旨是提供整体的青年发展方案，其中，教育和经济参与形成合力，从而得以以可持续的方式实现真正独立。"
    ),
    // line 611
    (
      "Of the drugs that failed the chemical analysis, 36 per cent of those tested in South-East "
        + "Asia and 20 per cent of those tested in sub-Saharan Africa were determined to be "
        + "falsified.",
      "在东南亚测试的这些药物中有36%和在撒哈拉以南非洲测试的这些药物中有20%被确定为是假药。"
    ),
    // line 617
    (
      "Both financial and human resources therefore act as a major bottleneck for the outputs of "
        + "the facilitative process.",
      "因此，财政资源和人力资源都是影响协助进程产出的主要瓶颈。"
    ),
    // line 626
    (
      "The landmark agreement was made with a promise to protect human rights, with special "
        + "emphasis on reproductive health and rights; to invest in health and education; to "
        + "advance gender equality; and to empower women and young people by providing equal "
        + "opportunities to all.",
      "这项里程碑式的协定承诺保护人权，高度重视生殖健康和权利；投资健康和教育；促进性别平等；通过为所有人提供平等机会来增强妇女和青年权能。"
    ),
    // line 630
    (
      "In order to achieve maximum cost-effectiveness, most training will be conducted within the "
        + "mission area through the use of in-house capacity.",
      "为了实现最大的成本效益，大部分培训将利用内部能力在任务区进行。"
    ),
    // line 631
    (
      "12. Over the course of the past year, progress was made in implementing the National "
        + "Security Sector Reform Strategy, adopted in 2012 and updated in 2014, under the "
        + "leadership of the national Security Council.",
      "12. 过去一年中，在国家安全理事会领导下，在实施2012年通过和2014年修订的国家安全部门改革战略方面取得了进展。"
    ),
    // line 635
    (
      "Israel has thus far shown restraint in the face of this dangerous provocation, but will "
        + "not allow its citizens to be the ongoing victims of these attacks.",
      "以色列面对这种危险的挑衅，迄今保持了克制，但不会坐视其公民继续成为此类攻击的受害者。"
    ),
    // line 636
    (
      "The Israeli Government holds the Syrian Government responsible for this and all other "
        + "attacks emanating from its territory and for all violations of the 1974 separation of "
        + "forces agreement.",
      "以色列政府认为叙利亚政府要对这起事件和由其境内发动的其他一切袭击事件以及所有违反1974年部队隔离协定的情形负责。"
    ),
    // line 638
    (
      "In order to foster progress, it is vital to initiate a cultural transformation that will "
        + "reverse negative attitudes towards gender equality and women's empowerment in certain "
        + "societies, particularly in the Democratic Republic of the Congo.",
      "为支持这些进步，有必要开展一次文化转型，以转变某些社会，尤其是在刚果民主共和国，对性别平等和妇女权能的消极态度。"
    ),
    // line 642
    (
      "MONUSCO continued to provide food, water and medicine to the combatants and dependants in "
        + "the assembly camps in Kanyabayonga (North Kivu) and Walungu (South Kivu), while the "
        + "Government is responsible for the management of the transit camp in Kisangani "
        + "(Orientale).",
      "联刚稳定团继续向在卡尼亚巴永加(北基伍)和瓦伦古(南基伍)的集结营的战斗人员及其家属提供粮食、水和药品，政府则负责管理基桑加尼(东方省)的过渡营。"
    ),
    // line 645
    (
      "According to the World Bank, a special focus area is the expansion of civil registration "
        + "and vital statistics capacities in recipient countries, with the aim of registering "
        + "every pregnancy, birth and death by 2030.",
      "世界银行认为，一个特别需要关注的领域是扩大接受国的民事登记和人口动态统计能力，以至迟在2030年实现登记每一例怀孕、出生和死亡的目标。"
    ),
    // line 646
    (
      "These advances demonstrate that disaster impacts can be mitigated significantly if there "
        + "are sufficient investments in both preparedness and information systems.",
      "这些进展表明，如果在备灾和信息系统上充分进行投资，这可以显著减少灾害的影响。"
    ),
    // line 648
    (
      "34. In the Netherlands, prosecutors brought charges of extortion, money-laundering and "
        + "raising funds for a terrorist organization against five alleged members of the "
        + "Liberation Tigers of Tamil Eelam, a rebel group in Sri Lanka.",
      "34. 在荷兰，检察官指控据称是斯里兰卡反叛团体泰米尔伊拉姆猛虎解放组织(猛虎组织)的5名成员犯有敲诈勒索、洗钱和为恐怖组织筹集资金罪。"
    ),
    // line 650
    (
      "The project is also aimed at the promotion of a sustainable model to a broad audience, "
        + "including innovation services provided not only at the institutional level, but also "
        + "on the web through the Centre.",
      "该项目还旨在把可持续模式推广给广泛受众，其中包括不仅在机构一级提供创新服务，而且还通过该中心在网络上提供创新服务。"
    ),
    // line 653
    (
      "While some delegations voiced support for the proposal and confirmed their intention to "
        + "engage in bilateral discussions, clarification was sought as to the status of the "
        + "working paper and the content and purpose of the recommendations.",
      "虽然一些国家代表团表示支持该提案并确认它们打算参加双边讨论，但是它们要求说明工作文件的地位和建议的内容和目的。"
    ),
    // line 654
    (
      "Based on the outcome of a workshop for law enforcement and judiciary personnel from the "
        + "region, an initial legal assessment was conducted for Togo.",
      "根据为该区域执法和司法人员举办的讲习班的成果，为多哥进行了初步法律评估。"
    ),
    // line 655
    (
      "UNODC also organized a training -of-trainers course for prosecutors on sexual and "
        + "gender-based violence, followed by peer training conducted by the participants at the "
        + "local level.",
      "毒品和犯罪问题办公室还为检察官组办了一次关于性暴力和基于性别的暴力的对培训人员的培训课程，随后由参加者在各地进行了同侪培训。"
    ),
  ]
}

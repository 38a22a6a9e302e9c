"""English event triggers (data for geo.events): the words that say what kind of event a
sentence reports, most specific first."""
from __future__ import annotations

from geo.vocab import EventType as E

TRIGGERS: dict[E, str] = {
    E.EXECUTION: r"execut(?:ed|ion|ions|ing)\b|summar(?:y|ily) killed",
    E.KILLING: r"massacre[sd]?\b|mass killings?|killings\b|slaughter",
    E.ATTACK: (r"ambush(?:es|ed)?\b|attack(?:s|ed)?\b|assault(?:s|ed)?\b|raid(?:s|ed)?\b|air ?strikes?|"
               r"shelling|bomb(?:ing|ings|ed)\b|drone strikes?|stormed|opened fire|gunmen|"
               # an explosion or a grenade with no one hurt is still an attack ("a grenade was thrown at
               # a bar"; an accident's explosion is read first as an accident)
               r"explo(?:ded|sions?)\b|blasts?\b|detonat(?:ed|ion)\b|(?:threw|thrown|hurled|lobbed) (?:a |two |several )?grenades?|"
               r"grenades? (?:was|were) (?:thrown|hurled|lobbed)|grenade attacks?|"
               # a projectile that struck, with no one hurt: "A rocket fired from Gaza struck an empty school"
               r"missile strikes?|(?:rocket|mortar|artillery) fire|"
               # aircraft that struck: "Turkish warplanes struck PKK targets ..., killing 5 militants"
               r"(?:warplanes?|jets|aircraft|helicopters?|gunships?)\s+(?:struck|bombed|hit|pounded|strafed)\b|"
               r"(?:rockets?|missiles?|shells?|mortars?|drones?|projectiles?)\b[^.;]{0,60}?\b(?:struck|hit|hits|slammed)\b"),
    # (not "firefighters", "firefighting": rescuers)
    # ("an encounter with rebels": South Asian and Philippine copy's armed clash)
    E.CLASH: (r"clash(?:es|ed)?\b|(?<!fire)fighting\b|battles?\b|confrontations?|fought|gunfights?\b|firefights?\b|skirmish|"
              r"\bencounters?\s+(?:with|between)\b|\b(?:an?|the|armed|fierce|brief|gun|police)\s+encounters?\b"),
    E.DISPLACEMENT: r"\bfled\b|\bflee(?:ing)?\b|displace(?:d|ment)|sought refuge|seeking refuge|evacuat",
    E.PROTEST: r"protest(?:s|ed|ers|ing)?\b|demonstrat(?:ion|ions|ors|ed)\b|rall(?:y|ies|ied)\b|march(?:ed|ers)\b|sit-in",
    E.ARREST: r"\barrest(?:s|ed|ing)?\b|detain(?:ed|ing)?\b|detention|rounded up",
    E.ABDUCTION: r"\babduct(?:s|ed|ing|ions?)?\b|\bkidnap(?:s|ped|ping|pings|pers)?\b|taken hostage|held hostage|seized as hostages",
    E.SECURITY_OPERATION: (r"deploy(?:ed|ment|ing)?\b|reinforcements|sweeping operations?|security operations?|"
                           r"crackdown|curfew|reasserted control|checkpoints? (?:were|was) set"),
    E.INFRASTRUCTURE: (r"power outages?|electric(?:al|ity) (?:grid|network|supply)|water supply|"
                       r"destroy(?:ed|ing)|damag(?:ed|ing)|looting|loot(?:ed)?\b|torch(?:ed)|burn(?:ed|t) (?:down )?homes"),
}
# Checked most specific first: "attacks on the electrical grid" is damage, not an ambush.
ORDER = (E.EXECUTION, E.KILLING, E.INFRASTRUCTURE, E.PROTEST, E.ATTACK, E.CLASH, E.DISPLACEMENT, E.ABDUCTION, E.ARREST,
         E.SECURITY_OPERATION)
# An attack on armed people by surprise; else their deaths are a clash.
AMBUSH = r"(?i)ambush|attack"
# Strikes from the air or artillery (ACLED's "Explosions/Remote violence"), and the air ones.
REMOTE = (r"air ?strikes?|drones? (?:strikes?|struck|attacks?|hit)|shelling|shelled|artillery|missiles?|rockets?|bombard|"
          r"(?:warplanes?|jets|aircraft|helicopters?|gunships?) (?:struck|bombed|hit|pounded|strafed)|"
          # a strike by its side or on its target: "an Israeli strike on a car", "Russian strikes"
          # (not a walkout: "a general strike", "the teachers' strike", "strike action")
          r"(?-i:\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|General|Hunger|National|Teachers?|"
          r"Workers?|Rail|Postal|Nurses?|Doctors?|Transport|The|A|An)\b)[A-Z][a-z]+(?:-led)?)\s+strikes?\b(?!\s+(?:action|ballot|committee|leaders?|pay)\b)|"
          r"\bstrikes?\s+(?:on|hit|targeted|targeting)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:car|vehicle|house|home|building|apartment|"
          r"tent|school|hospital|market|convoy|village|town|camp|base|position|shelter|mosque|church|residential|neighbou?rhood)s?\b")
AIR = r"air ?strike|drone|warplanes?|fighter jets?|aerial bomb|gunships?"
# Explosives: with a toll, an attack by remote violence whoever died ("a suicide bomber killed
# nine people at a market", "two explosions struck a rally"), by ACLED's sub-event types:
# suicide bombs, grenades, else remote explosives (IEDs, mines, car bombs, bombs and blasts).
EXPLOSIVE = (r"(?i)\b(?:explosions?|blasts?|bomb(?:s|ing|ings|ed|ers?)?|car[- ]bombs?|grenades?|IEDs?|"
             r"improvised explosive|explosive devices?|explosives|landmines?|suicide (?:bomb\w*|attack\w*|vest)|"
             r"blew (?:himself|herself|themselves) up|detonat\w*)\b")
SUICIDE = r"(?i)\bsuicide (?:bomb\w*|attack\w*|car[- ]bomb\w*|vests?)|\bblew (?:himself|herself|themselves) up\b"
GRENADE = r"(?i)\bgrenades?\b"
# A sentence about what may, should or will happen reports no event.
# ("may" only in lower case: the month is no modal, "On 3 May 2024, a grenade was thrown")
NOT_EVENT = (r"(?i)\b(?:would|could|might|(?-i:may)|should|will|if|whether|urged|calls? for|called for|demand(?:ed|s)?|"
             r"condemn(?:ed|s)?|warn(?:ed|s)?|fears?|threat(?:en(?:ed|s)?)?)\b")

# Disaster words that name a disease (the last of DISASTER's): beside an accident's word, the
# accident is what killed ("a fire tore through a hospital treating COVID-19 patients").
DISEASES = r"epidemics?|pandemics?|cholera|ebola|covid(?:-19)?|coronavirus|virus|diseases?|outbreaks?|illness|malaria|measles"
# Deaths without violence get their own event types, unless the sentence also names violence
# ("a mob tried to storm a police station" is no storm).
DISASTER = (r"earthquakes?|quakes?|tremors?|aftershocks?|floods?|flooding|flash floods?|(?<!\bto )storms?\b(?!\s+(?:a|an|the|into|through|his|her|their)\b)|tornado(?:es)?|"
            r"hurricanes?|cyclones?|typhoons?|tsunamis?|landslides?|mudslides?|avalanches?|droughts?|famine|"
            r"heat ?waves?|wildfires?|bushfires?|forest fires?|volcan\w*|eruptions?|lightning|"
            # a dam's or a river's flood: "a dam burst", "the river burst its banks"
            r"dams?\s+(?:burst|breach(?:ed|es)?|collapse[ds]?|gave\s+way|fail(?:ed|ure))|(?:burst|broke)\s+(?:its|their)\s+banks|" + DISEASES)
ACCIDENT = (r"crash(?:es|ed)?|accidents?|collisions?|collided|wreck(?:ed)?|derail\w*|capsiz\w*|sank|sinks|sinking|"
            r"shipwreck|collapse[ds]?|stampedes?|crush|house fires?|blaze|fires? broke out|gas leak|drown(?:ed|ing)?|"
            # "a fire at a chemical plant", "a factory fire" (never "opened fire at", "returned fire on")
            r"\b(?:a|the|huge|massive|large|major|deadly)\s+fires? (?:at|in|on) (?:a|an|the)\b|"
            # ... a headline's: "Fire at Delhi hospital kills seven newborns" (the sentence's or a
            # clause's first words: "title: ...", "India: Fire at ...")
            r"(?:^|[:—–]\s*)(?:[\w-]+ ){0,2}fires? (?:at|in) (?:[\w’'-]+ ){0,2}(?:hospital|factory|plant|warehouse|market|mine|"
            r"apartment|building|hotel|nightclub|club|school|mall|home|house|prison|mosque|church)s?\b|"
            r"(?:factory|plant|warehouse|hospital|market|mine|apartment|building|hotel|nightclub|bus|train) fires?|"
            r"(?:explosions?|blasts?|fire) at (?:(?:a|an|the|[\w’']+['’]s) )?(?:[\w-]+ ){0,2}(?:chemical|fireworks|gas|fuel|oil) (?:plant|factory|warehouse|depot|refinery|pipeline|station|tanker)|"
            r"(?:gas|boiler|cylinder|tanker|pipeline)(?: (?:truck|lorry|tank|line|pipe|leak))? (?:explosions?|blasts?|explod(?:ed|es|ing))|"
            # "a fire tore through a hospital", "a blaze swept through the market"
            r"(?:fire|blaze)s?\s+(?:tore|ripped|swept|raced|spread)\s+through|"
            # fireworks blow up by accident: "an explosion ripped through an illegal fireworks warehouse"
            r"fireworks? (?:plants?|factor(?:y|ies)|warehouses?|depots?|workshops?|shops?|markets?|stalls?|stores?|explosions?|blasts?)|"
            # a mine's own disaster: "an explosion at a coal mine", "a gas blast in the mine shaft" (a
            # landmine is no mine of these: "a mine blast killed two soldiers" stays an attack)
            r"(?:coal|gold|copper|tin|jade|diamond|iron|salt|cobalt|lithium|zinc)[- ]mines?\b|mine ?shafts?|methane|firedamp|"
            r"overdoses?|poisoning|electrocuted|traffic|motorcycle|plunged|plunges|overturned|overturns|"
            # the roads' own toll: "Easter weekend road carnage", "93 people died on Western Cape roads"
            r"road (?:carnage|deaths?|fatalit(?:y|ies)|safety)|(?:died|killed|deaths?|fatalities) on (?:the |its |our )?(?:[\w’'-]+ ){0,3}roads\b|"
            # a vehicle into a vehicle or a thing by the road: "their car rammed into a stationary
            # truck" (not a crowd: "a truck rammed into a crowd" is no accident said)
            r"(?:cars?|(?:mini)?bus(?:es)?|trucks?|lorr(?:y|ies)|vans?|jeeps?|SUVs?|vehicles?|tractors?|motorbikes?|motorcycles?|trains?|tankers?|"
            r"(?:auto[- ]?)?rickshaws?|tuk[- ]?tuks?|pick-?ups?|tempos?)\s+"
            r"(?:rams?|rammed|ramming|slams?|slammed|smashed|crashed|ploughed|plowed|hit)\s+(?:into\s+)?(?:(?:a|an|the)\s+)?"
            r"(?:(?:stationary|parked|oncoming|speeding|moving|roadside|electric(?:ity)?|concrete|road)\s+){0,2}"
            r"(?:trucks?|lorr(?:y|ies)|(?:mini)?bus|cars?|vans?|trailers?|tankers?|jeeps?|SUVs?|motorbikes?|motorcycles?|(?:auto[- ]?)?rickshaws?|"
            r"tuk[- ]?tuks?|pick-?ups?|tempos?|trees?|walls?|poles?|pylons?|dividers?|"
            r"barriers?|bridges?|containers?|tractors?|vehicles?|culverts?|canals?|ditch|pillars?)\b|"
            # (off a road: "plunged into a ravine", a headline's "Bus falls into gorge"; not bodies found "in a ravine")
            r"veered|(?:into|off|down)\s+(?:(?:a|the)\s+)?(?:deep\s+|steep\s+)?(?:ravine|gorge|precipice)")
# Accident words that a disaster brings too: in a flood's or a quake's story, "17 people drowned",
# "a building collapsed" are that disaster's dead, not an accident of their own.
DISASTER_CONSEQUENCES = r"(?i)drown(?:ed|ing)?|collapse[ds]?|electrocuted|capsiz\w*"
VIOLENT = (r"shot|shoot(?:ing|ings)?|gun(?:man|men|fire|shots?)?|attack(?:s|ed|ers?)?|bomb(?:s|ing|ings|ed|ers?)?|"
           r"explosives?|suicide|clash(?:es)?|fighting|massacres?|execut\w+|stabb?(?:ed|ing)|(?<!\bto )(?<!lightning )strikes?|shell(?:ing|ed)|"
           r"militants?|insurgents?|rebels?|murder(?:ed|s)?|war|raids?|ambush\w*|violence|"  # (soldiers die in avalanches too)
           r"assault\w*|militia\w*|terror\w*|riots?|protest\w*|killers?|arson\w*|set (?:on )?fire|torched|hostages?|"
           r"kidnap\w*|abduct\w*|lynch\w*|mobs?|behead\w*|grenades?|IEDs?|landmines?|dumped|"
           # "gunmen stormed a hotel" (the weather storms, it is not "stormed")
           r"storm(?:ed|ing)|"
           # (a mine that is dug is no weapon: "the collapse of a gold mine")
           # (nor its people: "a bus carrying mine workers plunged")
           r"(?<!gold )(?<!coal )(?<!copper )(?<!diamond )(?<!jade )(?<!salt )(?<!tin )(?<!iron )mines?"
           r"(?!\s+(?:collapse|shaft|pit|workers?|employees|staff|sites?|company|owners?|operators?)\b)|"
           r"rockets?|missiles?|drones?")

import { fold } from '../text/fold';

/*
 * The states, provinces, counties and regions addresses carry, by country, folded (lower case, no
 * accents): what a "State", "County" or "Address line 4" column holds. Names that are chiefly a
 * city's (Berlin, Geneva, Puebla, Dubai, Durham) are left out, so that a column of towns does not
 * read as regions; a few that are chiefly the region's (Victoria, Washington) stay.
 */

const US = `alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|
  kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|
  new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|
  south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|puerto rico|district of columbia`;
const CANADA = `alberta|british columbia|manitoba|new brunswick|newfoundland and labrador|nova scotia|northwest territories|nunavut|ontario|
  prince edward island|quebec|saskatchewan|yukon`;
const AUSTRALIA_NZ = `australian capital territory|new south wales|queensland|south australia|tasmania|victoria|western australia|northern territory|
  northland|waikato|bay of plenty|gisborne|hawke's bay|hawkes bay|taranaki|manawatu-wanganui|manawatu-whanganui|tasman|marlborough|
  west coast|canterbury|otago|southland`;
const UK = `bedfordshire|berkshire|buckinghamshire|cambridgeshire|cheshire|city of london|cornwall|cumbria|derbyshire|devon|dorset|
  county durham|east riding of yorkshire|east sussex|essex|gloucestershire|greater london|greater manchester|hampshire|herefordshire|
  hertfordshire|isle of wight|kent|lancashire|leicestershire|lincolnshire|merseyside|norfolk|north yorkshire|northamptonshire|
  northumberland|nottinghamshire|oxfordshire|rutland|shropshire|somerset|south yorkshire|staffordshire|suffolk|surrey|tyne and wear|
  warwickshire|west midlands|west sussex|west yorkshire|wiltshire|worcestershire|avon|cleveland|humberside|middlesex|anglesey|
  isle of anglesey|gwynedd|conwy|denbighshire|flintshire|powys|ceredigion|pembrokeshire|carmarthenshire|neath port talbot|
  vale of glamorgan|rhondda cynon taf|merthyr tydfil|blaenau gwent|torfaen|monmouthshire|clwyd|dyfed|gwent|mid glamorgan|
  south glamorgan|west glamorgan|aberdeenshire|argyll and bute|ayrshire|east ayrshire|north ayrshire|south ayrshire|clackmannanshire|
  dumfries and galloway|dunbartonshire|east dunbartonshire|west dunbartonshire|east lothian|west lothian|midlothian|fife|highlands|
  inverness-shire|lanarkshire|north lanarkshire|south lanarkshire|moray|perth and kinross|perthshire|renfrewshire|east renfrewshire|
  scottish borders|stirlingshire|orkney|shetland|lothian|strathclyde|tayside|grampian`;
/** Irish and Northern Irish counties, most of them also their county town's name: read only as "Co. Cork", "County Down". */
const IRISH_COUNTIES = `antrim|armagh|down|fermanagh|londonderry|tyrone|carlow|cavan|clare|cork|donegal|dublin|galway|kerry|kildare|
  kilkenny|laois|leitrim|limerick|longford|louth|mayo|meath|monaghan|offaly|roscommon|sligo|tipperary|waterford|westmeath|wexford|wicklow`;
const EUROPE = `baden-wurttemberg|bayern|bavaria|brandenburg|hessen|hesse|mecklenburg-vorpommern|niedersachsen|lower saxony|nordrhein-westfalen|
  north rhine-westphalia|rheinland-pfalz|rhineland-palatinate|saarland|sachsen|saxony|sachsen-anhalt|saxony-anhalt|schleswig-holstein|
  thuringen|thuringia|niederosterreich|oberosterreich|steiermark|styria|tirol|tyrol|karnten|carinthia|vorarlberg|burgenland|aargau|
  appenzell ausserrhoden|appenzell innerrhoden|basel-stadt|basel-landschaft|graubunden|grisons|nidwalden|obwalden|
  thurgau|ticino|tessin|vaud|waadt|valais|wallis|noord-holland|zuid-holland|noord-brabant|gelderland|overijssel|limburg|friesland|
  fryslan|drenthe|flevoland|zeeland|antwerpen|anvers|brabant wallon|waals-brabant|vlaams-brabant|brabant flamand|hainaut|henegouwen|
  limbourg|oost-vlaanderen|west-vlaanderen|flandre-orientale|flandre-occidentale|ile-de-france|auvergne-rhone-alpes|
  bourgogne-franche-comte|bretagne|centre-val de loire|corse|grand est|hauts-de-france|normandie|nouvelle-aquitaine|occitanie|
  pays de la loire|provence-alpes-cote d'azur|paca|andalucia|aragon|asturias|baleares|illes balears|canarias|cantabria|
  castilla y leon|castilla-la mancha|cataluna|catalunya|comunidad valenciana|comunitat valenciana|extremadura|galicia|la rioja|
  comunidad de madrid|region de murcia|navarra|pais vasco|euskadi|lombardia|lazio|piemonte|veneto|emilia-romagna|toscana|campania|
  sicilia|puglia|liguria|sardegna|calabria|marche|abruzzo|friuli-venezia giulia|trentino-alto adige|umbria|basilicata|molise|
  valle d'aosta`;
const AMERICAS = `baja california|baja california sur|chiapas|coahuila|ciudad de mexico|cdmx|guanajuato|guerrero|hidalgo|jalisco|estado de mexico|
  michoacan|morelos|nayarit|nuevo leon|quintana roo|san luis potosi|sinaloa|sonora|tabasco|tamaulipas|veracruz|yucatan|queretaro|
  aguascalientes|oaxaca|chihuahua|durango|zacatecas|tlaxcala|colima|campeche|minas gerais|
  bahia|parana|rio grande do sul|pernambuco|ceara|para|santa catarina|goias|maranhao|amazonas|espirito santo|paraiba|
  rio grande do norte|mato grosso|mato grosso do sul|alagoas|piaui|distrito federal|sergipe|rondonia|tocantins|acre|amapa|roraima|
  ciudad autonoma de buenos aires|caba|chaco|chubut|entre rios|jujuy|la pampa|misiones|rio negro|santiago del estero|
  tierra del fuego`;
const AFRICA_ASIA = `eastern cape|free state|gauteng|kwazulu-natal|limpopo|mpumalanga|north west|northern cape|western cape|umm al quwain|
  ras al khaimah|fujairah|andhra pradesh|arunachal pradesh|assam|bihar|chhattisgarh|goa|gujarat|haryana|himachal pradesh|jharkhand|
  karnataka|kerala|madhya pradesh|maharashtra|manipur|meghalaya|mizoram|nagaland|odisha|punjab|rajasthan|sikkim|tamil nadu|telangana|
  tripura|uttar pradesh|uttarakhand|west bengal|jammu and kashmir|ladakh|johor|kedah|kelantan|negeri sembilan|pahang|pulau pinang|
  perak|perlis|sabah|sarawak|selangor|terengganu|w.p. kuala lumpur|wp kuala lumpur`;

/** Region names, folded. */
const REGION_NAMES: ReadonlySet<string> = new Set([US, CANADA, AUSTRALIA_NZ, UK, EUROPE, AMERICAS, AFRICA_ASIA].flatMap((list) => list.split('|').map(fold)));

/**
 * Region codes, folded: US states, Canadian provinces, Australian states. Other countries' two-letter
 * codes (Länder, cantons) are left out: they are country and language codes too (DE, FR, BE, ES).
 */
const REGION_CODES: ReadonlySet<string> = new Set(
  `al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa pr ri sc sd tn tx ut
  vt va wa wv wi wy ab bc mb nb nl ns nt nu on pe qc sk yt act nsw qld sa tas vic`.split(/\s+/),
);
const IRISH: ReadonlySet<string> = new Set(IRISH_COUNTIES.split('|').map(fold));

/** "Co. Cork", "County Durham" (folded): the county word before an Irish or British county. */
const COUNTY_PREFIX = /^(?:co|county) /;

/** A state, province, county or region, by code or name. */
export function isRegion(value: string): boolean {
  const v = fold(value);
  const county = v.replace(COUNTY_PREFIX, '');
  return REGION_CODES.has(v) || REGION_NAMES.has(v) || (county !== v && (REGION_NAMES.has(county) || IRISH.has(county)));
}

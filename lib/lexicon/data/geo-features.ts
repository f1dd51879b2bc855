/**
 * Natural features and historical or cultural regions that news and reference text name without a head word
 * (`across the Rhine`, `in Gascony`, `off Oahu`): rivers, seas and straits, lakes, mountain ranges and peaks,
 * deserts, islands, and regions that are no administrative division GeoNames' first-level table lists. Written by
 * hand from general geography; each row is `kind|country code (when in one country)|name;other spellings`.
 * Bare names that are also common first names, surnames or companies (`Jordan`, `Shannon`, `Thames`, `Amazon`,
 * `Victoria`, `Java`, `Olympus`) are listed only with their head word (`River Thames`, `Lake Victoria`).
 */
export const GEO_FEATURE_ROWS = `
place||Rhine;River Rhine;Rhine River
place||Danube;River Danube;Danube River
place||Elbe;River Elbe
place||Oder;Oder River
place||Vistula;Vistula River
place||Dnieper;Dnipro River;Dnieper River
place||Dniester;Dniester River
place||Volga;Volga River
place||Don River;River Don
place|FR|Seine;River Seine
place|FR|Loire;Loire River;River Loire
place||Rhône;Rhone;Rhone River
place||Meuse;Meuse River
place||Scheldt;Schelde
place|IT|Tiber;River Tiber
place|IT|Arno;River Arno
place|IT|Po River;River Po;Po Valley
place||Tagus;Tagus River
place||Douro;Douro River
place|ES|Ebro;Ebro River
place|GB|River Thames;Thames Estuary;Thames Valley
place|GB|River Severn;River Mersey;River Tyne;River Clyde;River Trent
place|IE|River Shannon;River Liffey
place||Tigris;Tigris River
place||Euphrates;Euphrates River
place||Nile;River Nile;Nile River;Blue Nile;White Nile;Nile Delta
place||Jordan River;River Jordan;Jordan Valley
place|LB|Litani;Litani River
place||Orontes;Orontes River
place||Khabur River;Khabur
place||Zambezi;Zambezi River
place||Limpopo;Limpopo River
place||Niger River;Niger Delta
place||Congo River
place||Orange River
place||Senegal River
place||Indus;Indus River
place||Ganges;Ganga;Ganges River
place||Brahmaputra;Brahmaputra River
place||Mekong;Mekong River;Mekong Delta
place|CN|Yangtze;Yangtze River
place|CN|Yellow River;Huang He
place|CN|Pearl River;Pearl River Delta
place|MM|Irrawaddy;Ayeyarwady
place||Amur;Amur River
place|RU|Yenisei;Yenisei River
place||Amu Darya;Oxus
place||Syr Darya
place||Amazon River;Amazon rainforest;Amazonia;Amazon basin
place||Orinoco;Orinoco River
place||Paraná River
place||Río de la Plata;River Plate
place||Rio Grande River
place|US|Mississippi River;Missouri River;Ohio River;Colorado River;Columbia River;Hudson River;Potomac;Potomac River;Rio Grande Valley
place||St. Lawrence River;St Lawrence River;Saint Lawrence River
place|CA|Yukon River;Fraser River
place|AU|Murray River;Darling River
region||North Sea
region||Baltic Sea
region||Mediterranean Sea;Eastern Mediterranean
region||Aegean;Aegean Sea
region||Adriatic;Adriatic Sea
region||Ionian Sea;Tyrrhenian Sea;Ligurian Sea
region||Caspian;Caspian Sea
region||Dead Sea
region||Arabian Sea
region||South China Sea;East China Sea;Yellow Sea
region||Sea of Japan;Sea of Okhotsk;Bering Sea
region||Caribbean Sea
region||Coral Sea;Tasman Sea
region||Sea of Azov;Azov Sea
region|TR|Sea of Marmara
region||Irish Sea;Celtic Sea;Norwegian Sea;Barents Sea;Kara Sea;Labrador Sea;Sargasso Sea
region||Andaman Sea;Java Sea;Arafura Sea;Philippine Sea
region||Arctic Ocean;Atlantic Ocean;Pacific Ocean;Southern Ocean
region||Persian Gulf;Arabian Gulf;Gulf
region||Gulf of Mexico;Gulf of Aden;Gulf of Oman;Gulf of Guinea;Gulf of Thailand;Gulf of Finland;Gulf of Bothnia
region||Gulf of Tonkin;Gulf of Aqaba;Gulf of Suez;Gulf of Sidra;Gulf of Riga;Gulf of Alaska
region||Bay of Bengal;Bay of Biscay;Hudson Bay
region||English Channel
place||Strait of Hormuz;Strait of Gibraltar;Strait of Malacca;Straits of Florida;Bering Strait
place|TR|Bosphorus;Bosporus;Dardanelles
place||Bab el-Mandeb;Bab al-Mandab
place||Taiwan Strait;Kerch Strait;Torres Strait
place|EG|Suez Canal
place|PA|Panama Canal
place||Cape of Good Hope;Cape Horn
place||Lake Victoria;Lake Tanganyika;Lake Malawi;Lake Chad;Lake Kivu;Lake Turkana
place|RU|Lake Baikal;Lake Ladoga
place||Lake Superior;Lake Michigan;Lake Huron;Lake Erie;Lake Ontario;Great Lakes
place||Lake Titicaca;Lake Geneva;Lake Constance;Lake Como;Lake Garda;Lake Balaton;Lake Tahoe
place||Aral Sea;Lake Nasser
region||Alps;Swiss Alps;French Alps
region||Andes
region||Himalayas;Himalaya
region||Karakoram;Hindu Kush;Pamirs;Pamir Mountains;Tian Shan;Altai Mountains
region||Urals;Ural Mountains
region||Carpathians;Carpathian Mountains
region||Pyrenees
region|IT|Apennines;Dolomites
region||Balkan Mountains
region||Zagros Mountains;Zagros;Taurus Mountains;Elburz Mountains;Alborz
region||Atlas Mountains
region||Rocky Mountains
region||Appalachian Mountains;Appalachians;Appalachia
region|US|Sierra Nevada
region||Scottish Highlands
region|IQ|Qandil Mountains
region|LB|Mount Lebanon
place|NP|Mount Everest;Everest
place|TZ|Kilimanjaro;Mount Kilimanjaro
place||Mont Blanc;Matterhorn
place|JP|Mount Fuji
place|IT|Mount Etna;Etna;Vesuvius;Mount Vesuvius
place|GR|Mount Olympus
place|EG|Mount Sinai
place|KE|Mount Kenya
place|TR|Mount Ararat
place|RU|Elbrus;Mount Elbrus
place||Mount Hermon
place|IQ|Mount Sinjar;Sinjar Mountains
place|AF|Tora Bora
region||Great Rift Valley;Rift Valley
region|LB|Bekaa Valley;Beqaa Valley;Bekaa;Beqaa
region|DE|Ruhr;Ruhr Valley
region|US|Silicon Valley;Death Valley;Grand Canyon;Napa Valley
region||Gobi;Gobi Desert
region||Kalahari;Kalahari Desert
region||Namib;Namib Desert
region|CL|Atacama;Atacama Desert
region|US|Mojave Desert;Mojave
region|IL|Negev;Negev Desert
region|EG|Sinai;Sinai Peninsula
region||Arabian Desert;Syrian Desert;Empty Quarter;Rub' al Khali
region||Thar Desert;Taklamakan;Karakum;Kyzylkum
region||Sahara Desert;Western Desert
region||Borneo
region|ID|Sumatra;Sulawesi;Lombok
region||New Guinea;Timor
region|PH|Mindanao;Luzon;Visayas;Palawan
region|JP|Honshu;Kyushu;Shikoku
region|GR|Lesbos;Lesvos;Rhodes;Corfu;Chios;Samos
region|IT|Lampedusa
region|ES|Majorca;Mallorca;Menorca;Minorca;Ibiza;Tenerife;Gran Canaria;Canary Islands;Balearic Islands;Balearics
region|GB|Hebrides;Outer Hebrides;Inner Hebrides;Shetland;Shetland Islands;Orkney Islands;Isle of Wight;Anglesey;Isle of Skye
region|TZ|Zanzibar
region|YE|Socotra
region|US|Oahu;O'ahu;Maui;Kauai;Big Island;Long Island;Staten Island;Martha's Vineyard;Nantucket;Aleutian Islands;Florida Keys
region|CA|Vancouver Island;Newfoundland;Baffin Island;Cape Breton;Cape Breton Island
region||Tierra del Fuego
region||Spratly Islands;Spratlys;Paracel Islands;Paracels;Senkaku Islands;Diaoyu Islands;Kuril Islands;Kurils
region|KR|Jeju;Jeju Island
region|IN|Andaman Islands;Nicobar Islands;Andaman and Nicobar Islands
region|EC|Galápagos Islands;Galapagos Islands
region||Micronesia;Melanesia;Polynesia
region|FR|Gascony;Béarn;Bearn;Provence;Burgundy;Alsace;Champagne region;Languedoc;Picardy;Dordogne;Landes;Basque Country;French Riviera;Côte d'Azur
region|BE|Flanders
region|DE|Rhineland;Westphalia;Swabia;Franconia;Black Forest
region||Prussia;East Prussia;Pomerania;Silesia
region|CZ|Bohemia;Moravia
region|RO|Transylvania;Wallachia
region||Bessarabia;Bukovina
region|HR|Dalmatia;Istria;Slavonia
region||Thrace;Macedonia region;Epirus
region|ES|Castile;Basque region
region|PT|Algarve
region|GB|Wessex;East Anglia;Home Counties;Midlands;West Midlands;East Midlands;Lake District;Scottish Borders;Cotswolds
region||Lapland;Karelia;Tyrol;South Tyrol
region|RU|Chechnya;Dagestan;Ingushetia;Tatarstan
region|GE|South Ossetia;Abkhazia
region|AZ|Nagorno-Karabakh;Karabakh
region|MD|Transnistria
region|UA|Donbass;Luhansk region;Donetsk region;Zaporizhzhia region;Kherson region
region||Mesopotamia;Asia Minor;Holy Land;Fertile Crescent
region||Galilee;Judea;Samaria
region|SY|Rojava;Jazira;Eastern Ghouta;Ghouta
region|SD|Darfur;North Darfur;South Darfur;West Darfur;Kordofan;North Kordofan;South Kordofan;Blue Nile state
region||Nubia
region|ET|Ogaden;Tigray
region|SO|Somaliland;Puntland;Jubaland
region|LY|Cyrenaica;Tripolitania;Fezzan
region|SA|Hejaz;Hijaz;Najd;Asir
region|YE|Hadramaut;Hadhramaut
region||Khorasan;Baluchistan;Waziristan;North Waziristan;South Waziristan
region|IN|Bengal;West Bengal;Deccan;Kashmir Valley
region|CN|Manchuria;Inner Mongolia;Tibet Autonomous Region
region||Indochina;Siam;Persia;Ceylon;Rhodesia;Zaire;Byzantium;Gaul
region|US|Pacific Northwest;Deep South;Great Plains;Rust Belt;Sun Belt;Bible Belt;Bay Area;San Francisco Bay Area;Mid-Atlantic;Upper Midwest;Tri-State area
region||Gulf Coast;East Coast;West Coast
region|CA|Maritimes
region|AU|Outback
region|AR|Pampas
region||Western Front;Eastern Front
`;

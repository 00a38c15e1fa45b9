// The API of package unicode as gopp provides it (Go 1.22 level, Unicode
// 15.0.0): the tables. Declarations only: gopp's C++ standard library
// defines each table (generated from the Unicode Character Database).
// Where Go defines one table as another (Letter is L, Upper is Lu, ...),
// both names refer to the same *RangeTable.

package unicode

// General categories (Unicode's two-letter and one-letter names).
var (
	C  *RangeTable
	Cc *RangeTable
	Cf *RangeTable
	Co *RangeTable
	Cs *RangeTable
	L  *RangeTable
	Ll *RangeTable
	Lm *RangeTable
	Lo *RangeTable
	Lt *RangeTable
	Lu *RangeTable
	M  *RangeTable
	Mc *RangeTable
	Me *RangeTable
	Mn *RangeTable
	N  *RangeTable
	Nd *RangeTable
	Nl *RangeTable
	No *RangeTable
	P  *RangeTable
	Pc *RangeTable
	Pd *RangeTable
	Pe *RangeTable
	Pf *RangeTable
	Pi *RangeTable
	Po *RangeTable
	Ps *RangeTable
	S  *RangeTable
	Sc *RangeTable
	Sk *RangeTable
	Sm *RangeTable
	So *RangeTable
	Z  *RangeTable
	Zl *RangeTable
	Zp *RangeTable
	Zs *RangeTable
)

// Friendlier names for some categories: each is the same table as the
// category named in its comment.
var (
	Letter *RangeTable // L
	Upper  *RangeTable // Lu
	Lower  *RangeTable // Ll
	Title  *RangeTable // Lt
	Mark   *RangeTable // M
	Number *RangeTable // N
	Digit  *RangeTable // Nd
	Punct  *RangeTable // P
	Symbol *RangeTable // S
	Space  *RangeTable // Z
	Other  *RangeTable // C
)

// Scripts.
var (
	Adlam                  *RangeTable
	Ahom                   *RangeTable
	Anatolian_Hieroglyphs  *RangeTable
	Arabic                 *RangeTable
	Armenian               *RangeTable
	Avestan                *RangeTable
	Balinese               *RangeTable
	Bamum                  *RangeTable
	Bassa_Vah              *RangeTable
	Batak                  *RangeTable
	Bengali                *RangeTable
	Bhaiksuki              *RangeTable
	Bopomofo               *RangeTable
	Brahmi                 *RangeTable
	Braille                *RangeTable
	Buginese               *RangeTable
	Buhid                  *RangeTable
	Canadian_Aboriginal    *RangeTable
	Carian                 *RangeTable
	Caucasian_Albanian     *RangeTable
	Chakma                 *RangeTable
	Cham                   *RangeTable
	Cherokee               *RangeTable
	Chorasmian             *RangeTable
	Common                 *RangeTable
	Coptic                 *RangeTable
	Cuneiform              *RangeTable
	Cypriot                *RangeTable
	Cypro_Minoan           *RangeTable
	Cyrillic               *RangeTable
	Deseret                *RangeTable
	Devanagari             *RangeTable
	Dives_Akuru            *RangeTable
	Dogra                  *RangeTable
	Duployan               *RangeTable
	Egyptian_Hieroglyphs   *RangeTable
	Elbasan                *RangeTable
	Elymaic                *RangeTable
	Ethiopic               *RangeTable
	Georgian               *RangeTable
	Glagolitic             *RangeTable
	Gothic                 *RangeTable
	Grantha                *RangeTable
	Greek                  *RangeTable
	Gujarati               *RangeTable
	Gunjala_Gondi          *RangeTable
	Gurmukhi               *RangeTable
	Han                    *RangeTable
	Hangul                 *RangeTable
	Hanifi_Rohingya        *RangeTable
	Hanunoo                *RangeTable
	Hatran                 *RangeTable
	Hebrew                 *RangeTable
	Hiragana               *RangeTable
	Imperial_Aramaic       *RangeTable
	Inherited              *RangeTable
	Inscriptional_Pahlavi  *RangeTable
	Inscriptional_Parthian *RangeTable
	Javanese               *RangeTable
	Kaithi                 *RangeTable
	Kannada                *RangeTable
	Katakana               *RangeTable
	Kawi                   *RangeTable
	Kayah_Li               *RangeTable
	Kharoshthi             *RangeTable
	Khitan_Small_Script    *RangeTable
	Khmer                  *RangeTable
	Khojki                 *RangeTable
	Khudawadi              *RangeTable
	Lao                    *RangeTable
	Latin                  *RangeTable
	Lepcha                 *RangeTable
	Limbu                  *RangeTable
	Linear_A               *RangeTable
	Linear_B               *RangeTable
	Lisu                   *RangeTable
	Lycian                 *RangeTable
	Lydian                 *RangeTable
	Mahajani               *RangeTable
	Makasar                *RangeTable
	Malayalam              *RangeTable
	Mandaic                *RangeTable
	Manichaean             *RangeTable
	Marchen                *RangeTable
	Masaram_Gondi          *RangeTable
	Medefaidrin            *RangeTable
	Meetei_Mayek           *RangeTable
	Mende_Kikakui          *RangeTable
	Meroitic_Cursive       *RangeTable
	Meroitic_Hieroglyphs   *RangeTable
	Miao                   *RangeTable
	Modi                   *RangeTable
	Mongolian              *RangeTable
	Mro                    *RangeTable
	Multani                *RangeTable
	Myanmar                *RangeTable
	Nabataean              *RangeTable
	Nag_Mundari            *RangeTable
	Nandinagari            *RangeTable
	New_Tai_Lue            *RangeTable
	Newa                   *RangeTable
	Nko                    *RangeTable
	Nushu                  *RangeTable
	Nyiakeng_Puachue_Hmong *RangeTable
	Ogham                  *RangeTable
	Ol_Chiki               *RangeTable
	Old_Hungarian          *RangeTable
	Old_Italic             *RangeTable
	Old_North_Arabian      *RangeTable
	Old_Permic             *RangeTable
	Old_Persian            *RangeTable
	Old_Sogdian            *RangeTable
	Old_South_Arabian      *RangeTable
	Old_Turkic             *RangeTable
	Old_Uyghur             *RangeTable
	Oriya                  *RangeTable
	Osage                  *RangeTable
	Osmanya                *RangeTable
	Pahawh_Hmong           *RangeTable
	Palmyrene              *RangeTable
	Pau_Cin_Hau            *RangeTable
	Phags_Pa               *RangeTable
	Phoenician             *RangeTable
	Psalter_Pahlavi        *RangeTable
	Rejang                 *RangeTable
	Runic                  *RangeTable
	Samaritan              *RangeTable
	Saurashtra             *RangeTable
	Sharada                *RangeTable
	Shavian                *RangeTable
	Siddham                *RangeTable
	SignWriting            *RangeTable
	Sinhala                *RangeTable
	Sogdian                *RangeTable
	Sora_Sompeng           *RangeTable
	Soyombo                *RangeTable
	Sundanese              *RangeTable
	Syloti_Nagri           *RangeTable
	Syriac                 *RangeTable
	Tagalog                *RangeTable
	Tagbanwa               *RangeTable
	Tai_Le                 *RangeTable
	Tai_Tham               *RangeTable
	Tai_Viet               *RangeTable
	Takri                  *RangeTable
	Tamil                  *RangeTable
	Tangsa                 *RangeTable
	Tangut                 *RangeTable
	Telugu                 *RangeTable
	Thaana                 *RangeTable
	Thai                   *RangeTable
	Tibetan                *RangeTable
	Tifinagh               *RangeTable
	Tirhuta                *RangeTable
	Toto                   *RangeTable
	Ugaritic               *RangeTable
	Vai                    *RangeTable
	Vithkuqi               *RangeTable
	Wancho                 *RangeTable
	Warang_Citi            *RangeTable
	Yezidi                 *RangeTable
	Yi                     *RangeTable
	Zanabazar_Square       *RangeTable
)

// Properties. STerm is the same table as Sentence_Terminal.
var (
	ASCII_Hex_Digit                    *RangeTable
	Bidi_Control                       *RangeTable
	Dash                               *RangeTable
	Deprecated                         *RangeTable
	Diacritic                          *RangeTable
	Extender                           *RangeTable
	Hex_Digit                          *RangeTable
	Hyphen                             *RangeTable
	IDS_Binary_Operator                *RangeTable
	IDS_Trinary_Operator               *RangeTable
	Ideographic                        *RangeTable
	Join_Control                       *RangeTable
	Logical_Order_Exception            *RangeTable
	Noncharacter_Code_Point            *RangeTable
	Other_Alphabetic                   *RangeTable
	Other_Default_Ignorable_Code_Point *RangeTable
	Other_Grapheme_Extend              *RangeTable
	Other_ID_Continue                  *RangeTable
	Other_ID_Start                     *RangeTable
	Other_Lowercase                    *RangeTable
	Other_Math                         *RangeTable
	Other_Uppercase                    *RangeTable
	Pattern_Syntax                     *RangeTable
	Pattern_White_Space                *RangeTable
	Prepended_Concatenation_Mark       *RangeTable
	Quotation_Mark                     *RangeTable
	Radical                            *RangeTable
	Regional_Indicator                 *RangeTable
	STerm                              *RangeTable
	Sentence_Terminal                  *RangeTable
	Soft_Dotted                        *RangeTable
	Terminal_Punctuation               *RangeTable
	Unified_Ideograph                  *RangeTable
	Variation_Selector                 *RangeTable
	White_Space                        *RangeTable
)

// Tables by name, and tables used by the Is* functions.
var (
	Categories map[string]*RangeTable // by category name, such as "Lu"
	Scripts    map[string]*RangeTable // by script name, such as "Latin"
	Properties map[string]*RangeTable // by property name, such as "Dash"

	// FoldCategory and FoldScript hold, per category or script, the code
	// points outside it that are equivalent to one inside it under simple
	// case folding.
	FoldCategory map[string]*RangeTable
	FoldScript   map[string]*RangeTable

	GraphicRanges []*RangeTable // the tables IsGraphic consults
	PrintRanges   []*RangeTable // the tables IsPrint consults

	CaseRanges []CaseRange // the case mappings of all letters with one

	TurkishCase SpecialCase // Turkish and Azeri dotted and dotless i
	AzeriCase   SpecialCase // the same as TurkishCase
)

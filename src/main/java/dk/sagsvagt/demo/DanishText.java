package dk.sagsvagt.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Invented Danish case text, composed from sentences of the kind social case work produces. {@code {barn}} and
 * {@code {forælder}} are replaced by the people of the case.
 */
final class DanishText {

	private static final List<String> NOTIFICATION = List.of(
			"Skolen har sendt en underretning om {barn}, som har haft et stigende fravær siden efterårsferien.",
			"Underretningen beskriver, at {barn} ofte kommer i skole uden madpakke og virker træt.",
			"Sundhedsplejersken oplyser i underretningen, at hun er bekymret for {barn}s trivsel.",
			"Underretningen er modtaget og vurderet inden for 24 timer.",
			"Det fremgår af underretningen, at der har været uro i hjemmet, og at politiet har været tilkaldt.",
			"Underretter ønsker at blive orienteret om, hvorvidt der iværksættes en undersøgelse.",
			"Pædagogen i børnehaven beskriver, at {barn} er indesluttet og har svært ved at indgå i leg.");

	private static final List<String> ASSESSMENT = List.of(
			"Den børnefaglige undersøgelse omfatter barnets udvikling og adfærd, familieforhold, skoleforhold, sundhedsforhold, fritidsforhold og venskaber.",
			"Der er afholdt børnesamtale med {barn} i vante omgivelser på skolen.",
			"{barn} fortæller, at det er svært at koncentrere sig i skolen, og at der ofte er skænderier derhjemme.",
			"{forælder} er enig i, at familien har brug for støtte, og har givet samtykke til indhentning af oplysninger.",
			"Der er indhentet udtalelser fra skole, sundhedsplejerske og egen læge.",
			"Forvaltningen vurderer, at {barn} har et særligt behov for støtte.",
			"Undersøgelsen skal være afsluttet senest fire måneder efter, at kommunen blev opmærksom på behovet.",
			"Familiens ressourcer er beskrevet, herunder netværket omkring familien.");

	private static final List<String> MEASURE = List.of(
			"Der er truffet afgørelse om en familiebehandler to gange om ugen i seks måneder.",
			"Formålet med indsatsen er, at {barn} får en stabil hverdag med regelmæssigt fremmøde i skolen.",
			"Barnets plan er udarbejdet i samarbejde med {forælder}, og målene er drøftet med {barn}.",
			"Der følges op på indsatsen efter tre måneder, eller når undersøgelsen er afsluttet.",
			"{forælder} er blevet partshørt over de oplysninger, der lægges vægt på i afgørelsen.",
			"Afgørelsen er begrundet med en konkret og individuel vurdering af barnets behov.",
			"Klagevejledning er vedlagt; klagefristen er fire uger fra modtagelsen af afgørelsen.",
			"Anbringelsesstedet oplyser, at {barn} er faldet godt til og deltager i fritidsaktiviteter.");

	private static final List<String> ADULT = List.of(
			"Borgeren har ansøgt om et botilbud og ønsker at bo tættere på sin familie.",
			"Det tilbudte botilbud ligger inden for borgerens målgruppe.",
			"Borgerens ønske om et andet tilbud er vurderet; det ønskede tilbud er ikke væsentligt dyrere.",
			"Der er afholdt møde med borgeren og dennes bisidder.",
			"Borgeren modtager i dag personlig hjælp og pleje tre gange dagligt.",
			"Sagsbehandlingsfristen for ansøgningen er tolv uger, og borgeren er orienteret om forventet svar.",
			"Støtte- og kontaktpersonen beskriver, at borgeren har haft en god periode.");

	private static final List<String> NOTE = List.of(
			"{forælder} ringede og spurgte til sagens forløb.",
			"Jeg har talt med klasselæreren, som oplyser, at fraværet er faldet.",
			"Der er aftalt nyt møde med familien om fire uger.",
			"{barn} var til stede under en del af samtalen og fortalte om skolen.",
			"Sagen er drøftet på teammøde, og der er enighed om den videre plan.",
			"Oplysningerne er givet mundtligt og noteres i henhold til notatpligten.",
			"Familien har aflyst det planlagte hjemmebesøg; nyt besøg er aftalt.");

	private DanishText() {
	}

	enum Topic {
		NOTIFICATION, ASSESSMENT, MEASURE, ADULT, NOTE
	}

	/** About {@code words} words on the topic, in paragraphs. */
	static String compose(Topic topic, int words, String child, String parent, SplittableRandom random) {
		List<String> main = switch (topic) {
			case NOTIFICATION -> NOTIFICATION;
			case ASSESSMENT -> ASSESSMENT;
			case MEASURE -> MEASURE;
			case ADULT -> ADULT;
			case NOTE -> NOTE;
		};
		StringBuilder text = new StringBuilder(words * 8);
		int count = 0;
		int inParagraph = 0;
		while (count < words) {
			List<String> pool = random.nextInt(4) == 0 ? NOTE : main;
			String sentence = pool.get(random.nextInt(pool.size())).replace("{barn}", child).replace("{forælder}", parent);
			text.append(sentence);
			count += sentence.split(" ").length;
			if (++inParagraph >= 4 + random.nextInt(4)) {
				text.append("\n\n");
				inParagraph = 0;
			}
			else {
				text.append(' ');
			}
		}
		return text.toString().strip();
	}
}

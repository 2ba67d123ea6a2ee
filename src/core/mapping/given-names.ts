/**
 * Common given names in the languages Ferry's users write (English, French,
 * German, Spanish, Dutch, Italian, Portuguese) and frequent international
 * ones, folded (lower case, no accents). Content evidence only: a column
 * whose values mostly start with one of these holds people's names. A name
 * missing here costs a little evidence, never a value.
 */
const NAMES = `
aaron abby abdul abigail adam adrian adriana agnes ahmed aidan aisha alain alan albert alberto alejandro alex alexander
alexandra alexandre alexis alfred alfredo ali alice alicia alina alison amanda amelia amelie amy ana anais andre andrea
andreas andrew andy angel angela angelika angelo anita ann anna anne annette annie anthony antoine anton antonia antonio
anya arjun arnaud arne arthur astrid aurelie axel barbara bart bastian beatriz beatrice ben benedikt benjamin benoit bernard
bernd bert beth bettina bianca bill birgit bob brad bram brenda brian bridget bruno bryan camille carl carla carlos carmen
carol caroline carolyn cat catherine cecile celine charles charlie charlotte chloe chris christian christiane christina
christine christoph christophe christopher claire clara claude claudia clement colin connor conor constance corinne craig
cristina cyril dagmar daisy damien dan daniel daniela danielle dario dave david dean deborah denis denise dennis derek diana
diane dick diego dieter dimitri dirk dolores dominique donald donna doris dorothy dylan ed eddie edith eduardo edward eileen
elaine elena eleanor elias elisa elisabeth elise eliza elizabeth ella ellen elodie emile emilia emilie emily emma emmanuel
enrique enzo eric erica erik erika ernst esther ethan etienne eugene eva evelyn fabian fabien fabrice fatima federico felipe
felix fernando florence florian fran frances francesca francesco francis francisco francois francoise frank franz fred
frederic frederick frederique frida gabriel gabriela gabrielle gareth gary gavin geoffrey george georges gerard gerhard
gert gilles gina giovanni gisele giulia giuseppe glen gloria gordon grace graham greg gregory guillaume gunther gustavo
guy hana hannah hans harald harry hassan hector heidi heike heinz helen helena helene helga henk henri henrik henry herbert
hilde holger hugo hugh ian ignacio igor ines ingrid irene iris isaac isabel isabella isabelle ivan jack jacob jacqueline
jacques jaime jake james jamie jan jana jane janet janine jasmin jason javier jean jeanne jeff jennifer jenny jeremy jerome
jesper jesse jessica jesus jill jim jo joachim joan joanna joanne joao jocelyne joe joel johan johann johanna john jonas
jonathan jordan jorge jose josef joseph josephine josh joshua juan judith julia julian julie julien juliette jurgen justin
kai karen karin karl kate katharina katherine kathleen kathrin kathy katie katrin kay keith kelly ken kenneth kerstin kevin
kim klaus kristin kurt kwame lara laura laurence laurent lea leah lena leo leon leonie leonardo lewis liam lily linda lisa
lise lorenzo lotte louis louise luc luca lucas lucia lucie lucy ludovic luis luisa luke lukas luz lydia magali magda
magdalena maja malcolm manon manuel manuela marc marcel marcela marco marcus margaret margarita margot maria mariana marianne
marie marina mario marion mark markus marta martha martin martina marty mary mathias mathieu matilda matteo matthew
matthias matthieu maud maureen max maxime maximilian megan mehmet melanie melissa mia michael michel michele michelle miguel
mike mila milan miriam mohamed mohammed monica monika monique morgan nadia nadine nancy naomi natalia natalie natasha
nathalie nathan neil nicholas nick nicola nicolas nicole niels nigel nikolaus nina noah noel nora norbert odile olaf olga
oliver olivia olivier omar oscar pablo paola pascal pascale patricia patrick paul paula pauline pedro peggy per peter petra
philip philipp philippe phillip pierre pieter pilar priya rachel rafael raphael raquel ray raymond rebecca regina reinhard
remi rene renate ricardo richard rick rita rob robert roberto robin rodrigo roger roland rolf ronald rosa rose rosemary ross
ruben rudolf rui ruth ryan sabine sabrina sally salvador sam samantha samuel sandra sara sarah sascha scott sean sebastian
sebastien serge sergio sharon shaun sheila silvia simon simone sofia sofie solene sonia sophie stefan stefanie stephane
stephanie stephen steve steven stuart susan susanne suzanne svea svetlana sylvain sylvie tanja teresa terry thierry thijs
thomas tim timothy tina tobias tom tomas tomasz tony torsten tracy ulrich ursula valentin valerie vanessa vera veronica
veronique victor victoria vincent viola virginie walter wendy werner wilhelm will william wim wolfgang xavier yann yannick
yasmin yves yvonne zoe
`;

export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter((n) => n !== ''));

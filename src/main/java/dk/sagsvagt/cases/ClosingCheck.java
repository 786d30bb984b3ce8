package dk.sagsvagt.cases;

import java.util.List;

/**
 * What must be done before a case may be closed, asked of the modules that know (the deadlines module answers with
 * the open deadlines), so the case register needs none of them. Each answer is a Danish text naming one open item,
 * such as "fristen 'Vurdering af underretning' er åben".
 */
public interface ClosingCheck {

	List<String> openItems(CaseFile caseFile);
}

/**
 * Oversight and appeals: itemised information requests from oversight bodies that cannot be answered while an item
 * is open, the disclosure log of every document given to an outside body, referrals to Ankestyrelsen, complaints
 * against decisions and access-to-file requests.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Oversight", allowedDependencies = { "shared", "organisation",
		"citizens", "access", "cases", "journal", "deadlines", "decisions", "supervision" })
package dk.sagsvagt.oversight;

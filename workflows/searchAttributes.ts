// Custom search attributes, filterable in the Temporal UI. They are not encrypted, so they
// carry ids and amounts only: never names, emails or phone numbers.
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

export const InvoiceId = defineSearchAttributeKey('InvoiceId', SearchAttributeType.KEYWORD);
export const CustomerId = defineSearchAttributeKey('CustomerId', SearchAttributeType.KEYWORD);
export const FollowUpStatus = defineSearchAttributeKey('FollowUpStatus', SearchAttributeType.KEYWORD);
/** Amount due in minor units of the invoice currency (cents for USD): money is never a float. */
export const AmountDue = defineSearchAttributeKey('AmountDue', SearchAttributeType.INT);
export const DueDate = defineSearchAttributeKey('DueDate', SearchAttributeType.DATETIME);
/** The follow-up is held by an open dispute of the invoice. */
export const Disputed = defineSearchAttributeKey('Disputed', SearchAttributeType.BOOL);

/** Name → Temporal type, for registering them with a server (`--search-attribute Name=Type`). */
export const REMIT_SEARCH_ATTRIBUTES = [InvoiceId, CustomerId, FollowUpStatus, AmountDue, DueDate, Disputed];

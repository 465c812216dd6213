/**
 * Reading acknowledgments of the claims SonoBill sends: 999 implementation acknowledgments (005010X231A1) per
 * functional group and transaction set, with the segments and elements in error; 277CA claim acknowledgments
 * (005010X214) per claim, with status codes, the payer's claim number and whether the clearinghouse or the payer
 * answered; and TA1 interchange acknowledgments. Each record carries the control numbers and claim identifiers
 * that link it to the batch and claims it answers.
 */
package org.sonobill.x12.ack;

/**
 * The xAPI 1.0.3 statement model as immutable records, serialised with Jackson (absent parts are
 * left out), and a validator that names the offending field of a broken statement.
 */
package org.atelier.xapi.statement;

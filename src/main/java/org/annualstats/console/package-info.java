/**
 * The web console of {@code serve}: server-rendered pages (Thymeleaf) and their JSON twin under
 * {@code /api}, for people who read, rerun, explain and release the statistics without a terminal.
 * Signs users in against the store's hashed passwords, keeps the audit log, and calls the same
 * services as the command line; downloads resolve by run and file name among that run's own
 * published outputs.
 */
package org.annualstats.console;

/**
 * The fetch: downloads the manifest's {@code url:} entries from the publishers into their paths, politely (a declared
 * User-Agent, a per-host request rate, conditional requests, retries honouring Retry-After) and never leaving half a
 * file where a run could read it.
 */
package io.capbrief.extract.fetch;

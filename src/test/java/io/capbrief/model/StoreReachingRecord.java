package io.capbrief.model;

import io.capbrief.store.SourceLoad;

/** A deliberate breach of the layout, for {@code LayoutRulesTest}: a model record that knows the store. */
record StoreReachingRecord(SourceLoad load) {}

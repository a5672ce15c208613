package geventator.testkit.planted.domain;

import org.bson.types.ObjectId;

/** Planted violation: a domain record holding a BSON id. */
public record ThingWithBsonId(ObjectId id) {}

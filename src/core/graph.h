// graph.h — salience, ordering and the entity network.
//
// FinalizeEntities: computes salience (0..1, share of mentions weighted by position and
// by being quoted), drops entities with no name mention, orders entities most salient
// first (ties by first mention), numbers them e1.., and remaps quote speakers.
// BuildEdges: co-occurrence edges between entities named in the same sentence (undirected,
// source < target, evidence = sentence indices) and quote edges from a speaker to the
// entities named inside the quote (evidence = quote indices).
// Cost: linear in mentions plus the number of pairs per sentence.
#pragma once

#include "analysis.h"

namespace ae {

void FinalizeEntities(Analysis* a);
void BuildEdges(Analysis* a);

}  // namespace ae

package handbook.search.lunr;

/**
 * A term of the inverted index while it is built: its index in the vector space (the order terms were first met)
 * and, per field, the documents that contain it.
 */
final class IndexedTerm {
    final String text;
    final int index;
    final FieldPosting[] postings;

    /** Scratch for the field being added: which field run last met this term, and how often in it. */
    int lastRun = -1;
    int runFrequency;

    IndexedTerm(String text, int index, int fieldCount, boolean withMetadata) {
        this.text = text;
        this.index = index;
        this.postings = new FieldPosting[fieldCount];
        for (int i = 0; i < fieldCount; i++) {
            postings[i] = new FieldPosting(withMetadata);
        }
    }

    /** Documents with this term in one field, in the order added, and where each occurrence was. */
    static final class FieldPosting {
        final IntList documents = new IntList();
        /** Per document, where its occurrences start in {@link #occurrences}; null without metadata. */
        final IntList occurrenceStarts;
        /** Triples of (position start, position length, token index); null without metadata. */
        final IntList occurrences;

        FieldPosting(boolean withMetadata) {
            occurrenceStarts = withMetadata ? new IntList() : null;
            occurrences = withMetadata ? new IntList() : null;
        }

        /**
         * The occurrences of this term in a field of {@code document}, as triples of where its token starts, its
         * length and its index among the field's tokens, in token order.
         */
        void add(int document, int[] occurrenceTriples) {
            if (documents.isEmpty() || documents.last() != document) {
                documents.add(document);
                if (occurrenceStarts != null) {
                    occurrenceStarts.add(occurrences.size());
                }
            }
            if (occurrences != null) {
                for (int value : occurrenceTriples) {
                    occurrences.add(value);
                }
            }
        }

        /** The occurrences of the {@code i}-th document, as a range of triples in {@link #occurrences}. */
        int occurrencesEnd(int i) {
            return i + 1 < occurrenceStarts.size() ? occurrenceStarts.get(i + 1) : occurrences.size();
        }
    }
}

package org.inkwell.cms.relatedposts.internal;

import java.time.Instant;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class ScratchTest {
  @Test
  void scratch() {
    try (LuceneTextSimilarity t = new LuceneTextSimilarity(new ByteBuffersDirectory())) {
      t.put(1, Instant.EPOCH, "Lower back stretches", "Gentle stretches for the lower back ease stiffness after sitting.");
      t.put(2, Instant.EPOCH, "Back stretching routine", "A stretching routine for your back: stretch slowly and breathe.");
      t.put(3, Instant.EPOCH, "Protein meal prep", "Cook chicken and rice for a week of protein meals.");
      t.refresh();
      System.out.println("3 docs: " + t.similarTo(1, 10));
      for (int i = 10; i < 20; i++) {
        t.put(i, Instant.EPOCH, "Filler " + i, "Unrelated words about gardening number " + i);
        t.refresh();
        System.out.println(t.size() + " docs: " + t.similarTo(1, 10));
      }
    }
  }
}

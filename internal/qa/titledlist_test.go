package qa

import "testing"

// TestNamesOfListKeepsTitles: a list of titled names too long for a
// short answer drops as few titles as it takes, the last names' first;
// all of them only where nothing less fits.
func TestNamesOfListKeepsTitles(t *testing.T) {
	e := testEngine(t)
	for list, want := range map[string]string{
		"Hélène Noël, Tomas Berg, Irish President Aoife Byrne and Kilbeg Mayor Ravi Shah":                                                     "Hélène Noël, Tomas Berg, Irish President Aoife Byrne and Ravi Shah",
		"French President Hélène Noël, Irish President Aoife Byrne, Kilbeg Mayor Ravi Shah and Tomas Berg":                                    "French President Hélène Noël, Aoife Byrne, Ravi Shah and Tomas Berg",
		"French President Hélène Noël, Irish President Aoife Byrne, Kilbeg Mayor Ravi Shah, Dunmore Mayor Tomas Berg and Cork Mayor Ana Ruiz": "Hélène Noël, Aoife Byrne, Ravi Shah, Tomas Berg and Ana Ruiz",
		"": "",
	} {
		if got := e.namesOfList(list, maxShortWords); got != want {
			t.Errorf("namesOfList(%q) = %q; want %q", list, got, want)
		}
	}
}

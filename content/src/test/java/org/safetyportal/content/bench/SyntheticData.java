package org.safetyportal.content.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.safetyportal.content.inspection.CreditCode;
import org.safetyportal.content.inspection.InspectionKind;
import org.safetyportal.content.inspection.NewInspectionRecord;
import org.safetyportal.content.inspection.RectificationStatus;
import org.safetyportal.content.lists.ListItem;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.Sector;

/**
 * Made-up publications for the benchmark, every one of a fictional enterprise or duty marked 示例:
 * enterprise names contain 示例, credit codes are invented (organisation segment {@code MB} and a
 * running number, the GB 32100 check character computed), list items say 示例 in their title.
 * The same index always gives the same record, so runs at the same scale publish the same data.
 */
final class SyntheticData {

    /** Findings drawn on in turn, so that searches for common words find many records and rarer ones few. */
    static final List<String> FINDINGS = List.of(
            "储罐区可燃气体报警装置未定期检定",
            "井下通风系统检测记录不全，瓦斯监测探头位置不当",
            "危险化学品仓库超量储存",
            "消防通道被杂物堵塞",
            "特种作业人员未持证上岗",
            "隐患排查治理台账不完整",
            "应急预案未按规定组织演练",
            "燃气管道阀门锈蚀，未定期巡检",
            "安全警示标志缺失",
            "有限空间作业未经审批");

    /** Words the benchmark searches for: single terms, a term found nowhere, and two words that must both occur. */
    static final List<String> QUERIES = List.of("危险化学品", "隐患排查", "消防通道", "特种作业人员", "瓦斯", "燃气 阀门",
            "示例", "应急预案", "安全生产法", "有限空间", "尾矿库");

    private static final LocalDate FIRST_INSPECTION = LocalDate.of(2026, 1, 5);
    private static final int INSPECTION_DAYS = 290;

    private SyntheticData() {
    }

    /**
     * The {@code index}-th inspection result, by the emergency bureau of one of the counties; the
     * enterprises ({@code enterprises} of them) each have several results, always in the same county.
     */
    static NewInspectionRecord inspection(int index, int enterprises, List<Department> countyBureaus, List<Sector> sectors) {
        int enterprise = index % enterprises;
        Department bureau = countyBureaus.get(enterprise % countyBureaus.size());
        Area county = bureau.area();
        Sector sector = sectors.get(index % sectors.size());
        LocalDate inspected = FIRST_INSPECTION.plusDays((index * 7L) % INSPECTION_DAYS);
        LocalDate decided = inspected.plusDays(2);
        LocalDate published = decided.plusDays(2);
        RectificationStatus status = RectificationStatus.values()[index % 3];
        boolean ordered = status != RectificationStatus.NOT_REQUIRED;
        String findings = FINDINGS.get(index % FINDINGS.size()) + "；" + FINDINGS.get((index / FINDINGS.size()) % FINDINGS.size()) + "。";
        return new NewInspectionRecord(
                String.format(Locale.ROOT, "BENCH-%s-%06d", county.code(), index),
                InspectionKind.values()[index % InspectionKind.values().length],
                bureau.id(),
                String.format(Locale.ROOT, "%s示例企业%05d有限公司", county.name().zh(), enterprise),
                creditCode(enterprise),
                county.code(),
                sector.code(),
                inspected,
                findings,
                ordered ? "《中华人民共和国安全生产法》第一百零二条" : null,
                ordered ? "未按规定排查治理事故隐患" : null,
                ordered ? "责令限期整改，罚款" : null,
                ordered ? String.format(Locale.ROOT, "示例罚〔2026〕%d号", index) : null,
                ordered ? BigDecimal.valueOf(1000L + (index % 50) * 500L) : null,
                ordered ? inspected.plusDays(30) : null,
                status,
                decided,
                published);
    }

    /** A made-up unified social credit code: 91, a Jincheng area code, MB and the enterprise number, with its check character. */
    static String creditCode(int enterprise) {
        String first17 = String.format(Locale.ROOT, "91140500MB%07d", enterprise);
        return first17 + CreditCode.checkCharacter(first17);
    }

    /**
     * The items of the {@code version}-th 责任清单 version of a department: the first covers every
     * sector the department's kind supervises (so that routing finds it), the others one sector each.
     */
    static List<ListItem> responsibilities(Department department, int version, int count, List<Sector> sectors) {
        List<String> supervised = sectors.stream().filter(s -> s.supervisorTypeCode().equals(department.typeCode()))
                .map(Sector::code).toList();
        List<ListItem> items = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            List<String> covered = k == 0 && !supervised.isEmpty() ? supervised
                    : List.of(sectors.get((department.id() + k) % sectors.size()).code());
            String sectorNames = String.join("、", covered.stream()
                    .map(code -> sectors.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow().name().zh())
                    .toList());
            items.add(new ListItem(String.format(Locale.ROOT, "R-%03d", k + 1),
                    String.format(Locale.ROOT, "示例职责：依法履行%s行业领域安全生产监督管理职责（第%d版第%d项）", sectorNames, version, k + 1),
                    null, "《中华人民共和国安全生产法》第十条", "安全监管科（示例）", null, "未依法履行监管职责的",
                    null, covered, null, null, null, null, null));
        }
        return items;
    }
}
